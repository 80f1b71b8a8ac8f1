package vn.cantho.gep.attainment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /** One category's figures added up: what PostgreSQL's sums return for a scope. */
  public record Sums(BigDecimal numerator, BigDecimal denominator, long yes, long rows) {
    static final Sums NONE = new Sums(null, null, 0, 0);

    /**
     * Adds another's: numerators and denominators over the figures that have both (null until one
     * does), yes answers, and figures.
     */
    Sums plus(Sums other) {
      return new Sums(
          add(numerator, other.numerator),
          add(denominator, other.denominator),
          yes + other.yes,
          rows + other.rows);
    }

    static Sums of(ReportedFigure f) {
      boolean both = f.numerator() != null && f.denominator() != null;
      return new Sums(
          both ? f.numerator() : null,
          both ? f.denominator() : null,
          Boolean.TRUE.equals(f.flag()) ? 1 : 0,
          1);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
      return a == null ? b : b == null ? a : a.add(b);
    }
  }

  /** Aggregates the figures of several reporters (one indicator) into one result. */
  public static IndicatorResult aggregate(IndicatorDefinition def, List<ReportedFigure> figures) {
    return fromSums(def, sums(def.additive() ? figures : oneReporter(def, figures)));
  }

  /** Figures added up per category key. */
  public static Map<String, Sums> sums(List<ReportedFigure> figures) {
    Map<String, Sums> byCategory = new TreeMap<>();
    for (ReportedFigure f : figures) {
      byCategory.merge(f.categoryKey(), Sums.of(f), Sums::plus);
    }
    return byCategory;
  }

  /**
   * An additive indicator's result from its figures added up per category key (by PostgreSQL or
   * {@link #sums}): the figure is the sum of all numerators over the sum of all denominators (a
   * ratio of sums, never a mean of percentages); a yes/no indicator is met when every answer is
   * yes.
   */
  public static IndicatorResult fromSums(IndicatorDefinition def, Map<String, Sums> byCategory) {
    Sums total = byCategory.values().stream().reduce(Sums.NONE, Sums::plus);
    if (def.isFlag()) {
      AttainmentStatus status = AttainmentRules.flagStatus(total.yes(), total.rows());
      boolean none = total.rows() == 0;
      return new IndicatorResult(
          none ? null : BigDecimal.valueOf(total.yes()),
          none ? null : BigDecimal.valueOf(total.rows()),
          null,
          none ? null : status == AttainmentStatus.ACHIEVED,
          status,
          null,
          List.of());
    }
    List<IndicatorResult.CategoryResult> breakdown = new ArrayList<>();
    AttainmentStatus status;
    if (def.disaggregated()) {
      for (String key : def.expectedCategoryKeys()) {
        Sums sum = byCategory.getOrDefault(key, Sums.NONE);
        breakdown.add(
            new IndicatorResult.CategoryResult(
                key,
                sum.numerator(),
                sum.denominator(),
                def.valueOf(sum.numerator(), sum.denominator()),
                statusOf(def, sum)));
      }
      status =
          total.rows() == 0
              ? AttainmentStatus.NO_DATA
              : AttainmentRules.combine(
                  breakdown.stream().map(IndicatorResult.CategoryResult::status).toList());
    } else {
      status = statusOf(def, total);
    }
    return new IndicatorResult(
        total.numerator(),
        total.denominator(),
        def.valueOf(total.numerator(), total.denominator()),
        null,
        status,
        AttainmentRules.progress(
            def.baseline(), def.target(), def.scale(), total.numerator(), total.denominator()),
        breakdown);
  }

  private static AttainmentStatus statusOf(IndicatorDefinition def, Sums sum) {
    return AttainmentRules.status(
        def.comparator(), def.target(), def.scale(), sum.numerator(), sum.denominator());
  }

  /**
   * A survey indicator's one reporter: its owner where the owner reported, else the first by code.
   */
  static List<ReportedFigure> oneReporter(IndicatorDefinition def, List<ReportedFigure> figures) {
    String chosen =
        figures.stream().anyMatch(f -> f.orgUnit().equals(def.ownerCode()))
            ? def.ownerCode()
            : figures.stream()
                .map(ReportedFigure::orgUnit)
                .min(Comparator.naturalOrder())
                .orElse(null);
    return figures.stream().filter(f -> f.orgUnit().equals(chosen)).toList();
  }
}
