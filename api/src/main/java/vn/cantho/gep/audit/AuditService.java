package vn.cantho.gep.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.PeriodService;

/**
 * The audit log for so-ldtbxh: who changed what and when, across every submission (plan V.17: the
 * coordinator answers for the consolidated figures), the targets and the configuration.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {
  @Inject AuditRepository repository;
  @Inject OrgUnitService orgUnits;
  @Inject PeriodService periods;
  @Inject IndicatorService indicators;

  /** Checks that the named org unit, period and indicator exist (404 otherwise), then searches. */
  public AuditPage search(
      String actor,
      String orgUnit,
      String period,
      String indicator,
      AuditEntry.AuditAction action,
      java.time.LocalDate from,
      java.time.LocalDate to,
      String text,
      int page,
      int size) {
    if (orgUnit != null) {
      orgUnits.get(orgUnit);
    }
    Integer year = period == null ? null : periods.get(period).year;
    if (indicator != null) {
      indicators.get(indicator);
    }
    AuditFilter filter =
        new AuditFilter(actor, orgUnit, period, year, indicator, action, from, to, text);
    return new AuditPage(repository.page(filter, page, size), page, size, repository.count(filter));
  }
}
