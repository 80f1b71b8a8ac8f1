package vn.cantho.gep.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cantho.gep.attainment.AttainmentService;
import vn.cantho.gep.attainment.Basis;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodService;
import vn.cantho.gep.submission.ReportedFigure;
import vn.cantho.gep.submission.SubmissionService;

/** The open-data files: attainment and approved values, from the same services as the JSON API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenDataService {
  @Inject AttainmentService attainment;
  @Inject SubmissionService submissions;
  @Inject IndicatorService indicators;
  @Inject OrgUnitService orgUnits;
  @Inject PeriodService periods;

  public String attainmentCsv(String orgUnit, String period) {
    return OpenDataCsv.attainment(attainment.attainment(orgUnit, period, null, Basis.APPROVED));
  }

  /** Approved figures of every reporter under the org unit, by org unit, indicator, category. */
  public String valuesCsv(String orgUnit, String periodCode) {
    orgUnits.get(orgUnit);
    Period period = periods.get(periodCode);
    Map<String, String> names = new LinkedHashMap<>();
    orgUnits.list(null, null, null).forEach(o -> names.put(o.code, o.nameVi));
    List<String> order = new ArrayList<>(names.keySet());
    List<String> plan = new ArrayList<>(indicators.catalogue(period.year).indicators().keySet());
    List<ReportedFigure> figures =
        submissions
            .figures(period.code, orgUnits.subtreeCodes(orgUnit), Basis.APPROVED.statuses())
            .stream()
            .sorted(
                Comparator.comparingInt((ReportedFigure f) -> order.indexOf(f.orgUnit()))
                    .thenComparingInt(f -> plan.indexOf(f.indicator()))
                    .thenComparing(ReportedFigure::categoryKey))
            .toList();
    return OpenDataCsv.values(
        period.code, figures, indicators.catalogue(period.year).indicators(), names);
  }
}
