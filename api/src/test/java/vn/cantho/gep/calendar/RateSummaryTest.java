package vn.cantho.gep.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.orgunit.OrgUnitType;

/** Reporting rates as DHIS2's summary computes them: expected, reported, on time, rates. */
class RateSummaryTest {
  static RateSummary.Entry entry(OrgUnitType type, ReportingStatus status, Boolean onTime) {
    return new RateSummary.Entry(type, new Timeliness(status, onTime, null, null));
  }

  @Test
  void countsExpectedReportedAndOnTimeOverallAndPerType() {
    List<RateSummary> rows =
        RateSummary.summarize(
            List.of(
                entry(OrgUnitType.DISTRICT, ReportingStatus.APPROVED, true),
                entry(OrgUnitType.DISTRICT, ReportingStatus.SUBMITTED, false),
                entry(OrgUnitType.DISTRICT, ReportingStatus.OVERDUE, null),
                entry(OrgUnitType.DEPARTMENT, ReportingStatus.RETURNED, true),
                entry(OrgUnitType.DEPARTMENT, ReportingStatus.DRAFT, null),
                entry(OrgUnitType.DEPARTMENT, ReportingStatus.NOT_EXPECTED, null)));
    assertThat(rows)
        .containsExactly(
            new RateSummary(null, 5, 3, 2, new BigDecimal("60.0"), new BigDecimal("40.0")),
            new RateSummary(
                OrgUnitType.DEPARTMENT, 2, 1, 1, new BigDecimal("50.0"), new BigDecimal("50.0")),
            new RateSummary(
                OrgUnitType.DISTRICT, 3, 2, 1, new BigDecimal("66.7"), new BigDecimal("33.3")));
  }

  @Test
  void nothingExpectedGivesNoRateRatherThanADivisionByZero() {
    assertThat(
            RateSummary.summarize(
                List.of(entry(OrgUnitType.DISTRICT, ReportingStatus.NOT_EXPECTED, null))))
        .containsExactly(new RateSummary(null, 0, 0, 0, null, null));
  }
}
