package vn.cantho.gep.importing;

import java.util.Map;
import java.util.function.BiFunction;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.period.EntryState;
import vn.cantho.gep.period.Period;

/**
 * What an import is checked against, read once per request: org units and periods by code, and the
 * plan catalogue of each year that the import's periods fall in (absent: no plan that year), and
 * the entry state of a period for an org unit today (window, manual close, exception; {@link
 * EntryState#forUnit}).
 */
public record ImportReference(
    Map<String, OrgUnit> orgUnits,
    Map<String, Period> periods,
    Map<Integer, PlanCatalogue> catalogues,
    BiFunction<Period, String, EntryState> entryState) {}
