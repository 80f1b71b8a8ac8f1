package vn.cantho.gep.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.submission.Figure;
import vn.cantho.gep.submission.SubmissionResponse;
import vn.cantho.gep.submission.SubmissionService;
import vn.cantho.gep.submission.ValueKey;
import vn.cantho.gep.submission.WorkflowAction;

/**
 * so-ldtbxh reviews each unit's report, returns it or approves it (plan section V.1.b and V.17.b).
 * The row-locked state change itself lives with the submission.
 */
@ApplicationScoped
public class ReviewService {
  @Inject SubmissionService submissions;
  @Inject IndicatorService indicators;
  @Inject ReviewConfig config;

  public SubmissionResponse approve(UUID id, Integer expectedVersion) {
    return submissions.review(id, expectedVersion, WorkflowAction.APPROVE, null);
  }

  public SubmissionResponse returnForRevision(UUID id, Integer expectedVersion, String reason) {
    return submissions.review(id, expectedVersion, WorkflowAction.RETURN, reason.strip());
  }

  public SubmissionResponse reopen(UUID id, Integer expectedVersion, String reason) {
    return submissions.review(id, expectedVersion, WorkflowAction.REOPEN, reason.strip());
  }

  /**
   * Each value of a submission beside the same value in its org unit's previous report, with the
   * change and whether it is large (ChangeRules), for the reviewer to check before approving.
   */
  public ComparisonResponse compare(UUID id) {
    SubmissionService.WithPrevious pair = submissions.withPrevious(id);
    SubmissionService.Report current = pair.current();
    Map<ValueKey, Figure> before =
        pair.previous().map(SubmissionService.Report::figures).orElse(Map.of());
    PlanCatalogue catalogue = indicators.catalogue(current.year());
    ChangeRules.Thresholds thresholds = config.thresholds();

    Set<ValueKey> keys = new LinkedHashSet<>(current.figures().keySet());
    keys.addAll(before.keySet());
    List<String> order = new ArrayList<>(catalogue.indicators().keySet());
    List<ComparisonResponse.Row> rows = new ArrayList<>();
    int large = 0;
    for (ValueKey key :
        keys.stream()
            .sorted(
                java.util.Comparator.comparingInt((ValueKey k) -> order.indexOf(k.indicator()))
                    .thenComparing(ValueKey::category))
            .toList()) {
      IndicatorDefinition def = catalogue.indicators().get(key.indicator());
      if (def == null) {
        continue;
      }
      Figure now = current.figures().get(key);
      Figure then = before.get(key);
      ValueChangeSummary change = ChangeRules.compare(def, now, then, thresholds).orElse(null);
      if (change != null && change.large()) {
        large++;
      }
      rows.add(
          new ComparisonResponse.Row(
              def.code(), key.disaggregation(), compared(def, now), compared(def, then), change));
    }
    return new ComparisonResponse(
        current.id(),
        current.orgUnit(),
        current.period(),
        pair.previous()
            .map(
                p ->
                    new ComparisonResponse.Previous(
                        p.period(), p.id(), p.status(), p.basis(), p.approvedAt()))
            .orElse(null),
        new ComparisonResponse.Thresholds(thresholds.sharePoints(), thresholds.relativePercent()),
        large,
        rows);
  }

  private static ComparisonResponse.ComparedValue compared(IndicatorDefinition def, Figure f) {
    return f == null
        ? null
        : new ComparisonResponse.ComparedValue(
            f.numerator(), f.denominator(), f.flag(), def.valueOf(f.numerator(), f.denominator()));
  }
}
