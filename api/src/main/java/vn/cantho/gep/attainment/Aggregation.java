package vn.cantho.gep.attainment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.cantho.gep.indicator.Categories;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.submission.ReportedFigure;

/**
 * Aggregates reporters' figures of one indicator into one figure and status, as a pure function. An
 * additive indicator's figure is the sum of all numerators over the sum of all denominators (a
 * ratio of sums, never a mean of percentages). A survey indicator (not additive) takes one
 * reporter's figure: its owner's where the owner reported, else the first reporter by code.
 */
public final class Aggregation {
  private Aggregation() {}

  public static IndicatorResult aggregate(IndicatorDefinition def, List<ReportedFigure> figures) {
    List<ReportedFigure> counted = def.additive() ? figures : oneReporter(def, figures);
    Set<String> reportedBy =
        counted.stream()
            .map(ReportedFigure::orgUnit)
            .collect(Collectors.toCollection(TreeSet::new));
    if (def.isFlag()) {
      List<Boolean> answers = counted.stream().map(ReportedFigure::flag).toList();
      AttainmentStatus status = AttainmentRules.flagStatus(answers);
      long yes = answers.stream().filter(Boolean.TRUE::equals).count();
      return new IndicatorResult(
          answers.isEmpty() ? null : BigDecimal.valueOf(yes),
          answers.isEmpty() ? null : BigDecimal.valueOf(answers.size()),
          null,
          answers.isEmpty() ? null : status == AttainmentStatus.ACHIEVED,
          status,
          null,
          reportedBy,
          List.of());
    }
    Sum total = new Sum();
    Map<String, Sum> byCategory = new TreeMap<>();
    for (ReportedFigure f : counted) {
      total.add(f);
      if (!f.categoryKey().equals(Categories.TOTAL)) {
        byCategory.computeIfAbsent(f.categoryKey(), k -> new Sum()).add(f);
      }
    }
    List<IndicatorResult.CategoryResult> breakdown = new ArrayList<>();
    AttainmentStatus status;
    if (def.disaggregated()) {
      for (String key : def.expectedCategoryKeys()) {
        Sum sum = byCategory.getOrDefault(key, new Sum());
        breakdown.add(
            new IndicatorResult.CategoryResult(
                key,
                sum.numerator,
                sum.denominator,
                def.valueOf(sum.numerator, sum.denominator),
                statusOf(def, sum)));
      }
      status =
          counted.isEmpty()
              ? AttainmentStatus.NO_DATA
              : AttainmentRules.combine(
                  breakdown.stream().map(IndicatorResult.CategoryResult::status).toList());
    } else {
      status = statusOf(def, total);
    }
    return new IndicatorResult(
        total.numerator,
        total.denominator,
        def.valueOf(total.numerator, total.denominator),
        null,
        status,
        AttainmentRules.progress(
            def.baseline(), def.target(), def.scale(), total.numerator, total.denominator),
        reportedBy,
        breakdown);
  }

  private static AttainmentStatus statusOf(IndicatorDefinition def, Sum sum) {
    return AttainmentRules.status(
        def.comparator(), def.target(), def.scale(), sum.numerator, sum.denominator);
  }

  private static List<ReportedFigure> oneReporter(
      IndicatorDefinition def, List<ReportedFigure> figures) {
    String chosen =
        figures.stream().anyMatch(f -> f.orgUnit().equals(def.ownerCode()))
            ? def.ownerCode()
            : figures.stream()
                .map(ReportedFigure::orgUnit)
                .min(Comparator.naturalOrder())
                .orElse(null);
    return figures.stream().filter(f -> f.orgUnit().equals(chosen)).toList();
  }

  /** Running sums of numerators and denominators; null until a figure arrives. */
  private static final class Sum {
    BigDecimal numerator;
    BigDecimal denominator;

    void add(ReportedFigure f) {
      if (f.numerator() == null || f.denominator() == null) {
        return;
      }
      numerator = numerator == null ? f.numerator() : numerator.add(f.numerator());
      denominator = denominator == null ? f.denominator() : denominator.add(f.denominator());
    }
  }
}
