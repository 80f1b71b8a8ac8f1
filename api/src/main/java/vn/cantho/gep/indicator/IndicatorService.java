package vn.cantho.gep.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.cantho.gep.common.changes.DataChanges;
import vn.cantho.gep.common.changes.ReferenceCache;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.common.security.Actor;

/** The plan catalogue: indicators, objectives, yearly targets and reporters. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {
  @Inject IndicatorRepository repository;
  @Inject ObjectMapper json;
  @Inject DataChanges changes;

  public Plan plan(int year) {
    return repository
        .plan(year)
        .orElseThrow(
            () -> DomainException.notFound(ErrorCode.PLAN_NOT_FOUND, "A plan for " + year));
  }

  public List<Plan> plans() {
    return repository.plans();
  }

  /** The latest plan year: the default when a caller names none. */
  public int currentPlanYear() {
    List<Plan> plans = repository.plans();
    if (plans.isEmpty()) {
      throw DomainException.notFound(ErrorCode.PLAN_NOT_FOUND, "A plan");
    }
    return plans.get(plans.size() - 1).year;
  }

  public List<Target> targets(int year) {
    return repository.targets(year);
  }

  public List<Objective> objectives() {
    return repository.objectives();
  }

  public Indicator get(String code) {
    return repository
        .findByIdOptional(code)
        .orElseThrow(
            () -> DomainException.notFound(ErrorCode.INDICATOR_NOT_FOUND, "Indicator " + code));
  }

  public List<Indicator> listDefinitions() {
    return repository.listInPlanOrder();
  }

  /** Category names by dimension and code, for labels. */
  public Map<String, DisaggregationCategory> categoryLabels() {
    return repository.categories().stream()
        .collect(
            Collectors.toMap(
                c -> c.dimension + "=" + c.code, c -> c, (a, b) -> a, LinkedHashMap::new));
  }

  private final ReferenceCache<Integer, PlanCatalogue> catalogues = new ReferenceCache<>();

  /**
   * Every indicator of the plan of that year with its target and reporters. Kept while PostgreSQL's
   * notifications say the reference data is unchanged (at national scale a year has ~73,000
   * reporter rows); read afresh on every call while they are not heard.
   */
  public PlanCatalogue catalogue(int year) {
    return catalogues.get(changes.referenceVersion(), year, () -> readCatalogue(year));
  }

  private PlanCatalogue readCatalogue(int year) {
    plan(year);
    Map<String, Target> targets =
        repository.targets(year).stream().collect(Collectors.toMap(t -> t.indicatorCode, t -> t));
    Map<String, Set<String>> reporters = new TreeMap<>();
    for (PlanReporter r : repository.reporters(year)) {
      reporters.computeIfAbsent(r.indicatorCode, k -> new TreeSet<>()).add(r.orgUnitCode);
    }
    Map<String, List<String>> categoriesByDimension = new TreeMap<>();
    for (DisaggregationCategory c : repository.categories()) {
      categoriesByDimension.computeIfAbsent(c.dimension, k -> new ArrayList<>()).add(c.code);
    }
    Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
    for (Indicator i : repository.listInPlanOrder()) {
      Target t = targets.get(i.code);
      if (t == null) {
        continue;
      }
      Map<String, List<String>> categories = new TreeMap<>();
      for (String dimension : i.dimensions) {
        categories.put(dimension, categoriesByDimension.getOrDefault(dimension, List.of()));
      }
      indicators.put(
          i.code,
          new IndicatorDefinition(
              i.code,
              i.objectiveCode,
              i.valueType,
              i.unit,
              i.scale,
              i.additive,
              i.ownerCode,
              categories,
              t.comparator,
              t.value,
              t.baseline,
              java.util.Collections.unmodifiableSet(
                  reporters.getOrDefault(i.code, new TreeSet<>()))));
    }
    return new PlanCatalogue(year, java.util.Collections.unmodifiableMap(indicators));
  }

  /**
   * Changes an indicator's target in one plan year (admin) and records before and after. The
   * comparator must suit the indicator: TRUE for yes/no indicators only.
   */
  @Transactional
  public Target updateTarget(int year, String code, UpdateTargetRequest request, Actor actor) {
    plan(year);
    Indicator indicator = get(code);
    List<FieldError> errors = TargetRules.validate(indicator.valueType, indicator.unit, request);
    if (!errors.isEmpty()) {
      throw new DomainException(
          ErrorCode.TARGET_INVALID, "The target does not suit indicator " + code, errors);
    }
    Target target =
        repository
            .targetForUpdate(year, code)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        ErrorCode.INDICATOR_NOT_FOUND,
                        "Indicator " + code + " in the plan of " + year));
    String before = snapshot(target);
    target.comparator = request.comparator();
    target.value = request.target();
    target.baseline = request.baseline();
    target.updatedAt = OffsetDateTime.now();
    target.updatedBy = actor.name();
    repository.recordTargetChange(year, code, actor, before, snapshot(target));
    return target;
  }

  private String snapshot(Target t) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("comparator", t.comparator);
    map.put("target", t.value);
    map.put("baseline", t.baseline);
    try {
      return json.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
