package vn.cantho.gep.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every indicator of one plan year, keyed by code, in the plan's order. */
public record PlanCatalogue(int year, Map<String, IndicatorDefinition> indicators) {

  public Optional<IndicatorDefinition> find(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  /** The indicators that an org unit is expected to report in this plan year. */
  public List<IndicatorDefinition> reportedBy(String orgUnitCode) {
    return indicators.values().stream().filter(i -> i.reporters().contains(orgUnitCode)).toList();
  }
}
