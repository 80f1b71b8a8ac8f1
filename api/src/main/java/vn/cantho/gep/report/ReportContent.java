package vn.cantho.gep.report;

import java.util.List;
import java.util.Map;
import vn.cantho.gep.attainment.AttainmentRow;
import vn.cantho.gep.indicator.DisaggregationCategory;
import vn.cantho.gep.indicator.Objective;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.submission.ReportedFigure;

/**
 * Everything the consolidated report of a period shows, read once: the city's attainment on
 * approved figures (exactly as {@code GET /api/v1/attainment} answers it) and the approved figures
 * of each reporter behind it.
 *
 * @param catalogue the plan of the period's year: definitions, targets, reporters
 * @param rows the city's attainment rows, in the plan's order
 * @param figures every approved figure of the period, per reporter and category
 * @param unitsVi each indicator's unit in Vietnamese ("bé trai/100 bé gái")
 * @param categories category names by "dimension=code"
 */
public record ReportContent(
    Period period,
    String planTitle,
    List<Objective> objectives,
    List<AttainmentRow> rows,
    PlanCatalogue catalogue,
    List<ReportedFigure> figures,
    Map<String, String> orgUnitNames,
    Map<String, String> unitsVi,
    Map<String, DisaggregationCategory> categories) {

  public List<AttainmentRow> rowsOf(Objective objective) {
    return rows.stream().filter(r -> r.objective().equals(objective.code)).toList();
  }

  /** The row's unit in Vietnamese, for the documents' words. */
  public String unitVi(AttainmentRow row) {
    return unitsVi.getOrDefault(row.indicator(), row.unit());
  }

  /** A category key ("sex=female") in words ("Nữ"); several dimensions joined by ", ". */
  public String categoryName(Map<String, String> category) {
    return String.join(
        ", ",
        category.entrySet().stream()
            .map(
                e -> {
                  DisaggregationCategory c = categories.get(e.getKey() + "=" + e.getValue());
                  return c == null ? e.getValue() : c.nameVi;
                })
            .toList());
  }
}
