package vn.cantho.gep.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cantho.gep.common.audit.ConfigAction;
import vn.cantho.gep.common.audit.ConfigChange;
import vn.cantho.gep.common.audit.ConfigChangeLog;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldCode;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.common.security.Actor;
import vn.cantho.gep.period.PeriodService;

/**
 * Starts a new year of the strategy: the plan, its targets and reporters copied from an earlier
 * year (then changed one by one by an admin) and the year's standard reporting periods; the audit
 * log records what was created.
 */
@ApplicationScoped
@Transactional
public class PlanYearService {
  @Inject IndicatorRepository repository;
  @Inject PeriodService periods;
  @Inject ConfigChangeLog changes;

  /** Creates the plan of {@code request.year()} as a copy of the plan of {@code copyFrom}. */
  public CreatedPlanResponse create(CreatePlanRequest request, Actor actor) {
    int year = request.year();
    Plan source =
        repository
            .plan(request.copyFrom())
            .orElseThrow(
                () ->
                    new DomainException(
                        ErrorCode.PLAN_SOURCE_NOT_FOUND,
                        "There is no plan for " + request.copyFrom() + " to copy from",
                        List.of(
                            new FieldError(
                                "copyFrom",
                                FieldCode.PLAN_NOT_FOUND,
                                "no plan for " + request.copyFrom()))));
    String titleEn =
        request.titleEn() == null || request.titleEn().isBlank()
            ? "Plan implementing the National Strategy on Gender Equality in Can Tho City, " + year
            : request.titleEn().strip();
    if (!repository.insertPlan(year, request.titleVi().strip(), titleEn, source.issuedByVi)) {
      throw new DomainException(ErrorCode.PLAN_EXISTS, "A plan for " + year + " exists already")
          .with("year", year);
    }
    int targets = repository.copyTargets(source.year, year, actor.name());
    int reporters = repository.copyReporters(source.year, year);
    List<String> created = periods.ensureStandardPeriods(year);
    CreatedPlanResponse plan =
        new CreatedPlanResponse(
            new PlanResponse(year, request.titleVi().strip(), titleEn, source.issuedByVi),
            source.year,
            targets,
            reporters,
            created);
    changes.record(
        actor,
        ConfigChange.of(ConfigAction.PLAN_YEAR_STARTED, Integer.toString(year), null, plan)
            .planYear(year));
    return plan;
  }
}
