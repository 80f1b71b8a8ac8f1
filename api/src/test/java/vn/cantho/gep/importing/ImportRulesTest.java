package vn.cantho.gep.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.importing.ImportRules.Checked;
import vn.cantho.gep.importing.ImportRules.CheckedRow;
import vn.cantho.gep.importing.ImportRules.Decision;
import vn.cantho.gep.indicator.Comparator;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.indicator.ValueType;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.period.EntryState;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.submission.Figure;
import vn.cantho.gep.submission.MissingValue;
import vn.cantho.gep.submission.SubmissionKey;
import vn.cantho.gep.submission.SubmissionService.Stored;
import vn.cantho.gep.submission.SubmissionStatus;
import vn.cantho.gep.submission.ValueKey;

class ImportRulesTest {
  static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
  static final PlanCatalogue CATALOGUE = catalogue();
  static final ImportReference REFERENCE = reference();
  static final ImportAccess COORDINATOR = ImportAccess.coordinator();
  static final SubmissionKey NK_2024 = new SubmissionKey("ninh-kieu", "2024");
  static final SubmissionKey CR_2024 = new SubmissionKey("cai-rang", "2024");

  @Test
  void keysValidValuesByTheirSubmission() {
    Checked checked =
        check(
            ImportFormat.CSV,
            COORDINATOR,
            ratio("ninh-kieu", "2024", "1.1", 14, 20),
            ratio("cai-rang", "2024", "1.1", 3, 4),
            sex("ninh-kieu", "2024", "female", 97, 98),
            flag("so-gddt", "2024", true));
    assertThat(checked.rejected()).isEmpty();
    assertThat(checked.groups().keySet())
        .containsExactly(NK_2024, CR_2024, new SubmissionKey("so-gddt", "2024"));
    assertThat(checked.groups().get(NK_2024))
        .extracting(CheckedRow::valueKey)
        .containsExactly(new ValueKey("1.1", ""), new ValueKey("5.2a", "sex=female"));
    assertThat(checked.groups().get(NK_2024).get(1).row().position()).isEqualTo(3);
  }

  @Test
  void aPeriodNotYetOpenIsRefusedAsTheSubmissionIsNotAsClosed() {
    CheckedRow early =
        ImportRules.checkRow(
            new ImportRow(3, ratio("ninh-kieu", "2024S2", "1.1", 1, 2)),
            ImportFormat.JSON,
            REFERENCE,
            COORDINATOR);
    assertThat(early.rejection().code()).isEqualTo("PERIOD_NOT_YET_OPEN");
    assertThat(early.rejection().message())
        .isEqualTo("period 2024S2 opens for entry on 2025-02-01; nothing can be written");
    CheckedRow closed =
        ImportRules.checkRow(
            new ImportRow(4, ratio("ninh-kieu", "2024S1", "1.1", 1, 2)),
            ImportFormat.JSON,
            REFERENCE,
            COORDINATOR);
    assertThat(closed.rejection().code()).isEqualTo("PERIOD_CLOSED");
    assertThat(closed.rejection().message())
        .isEqualTo("period 2024S1 was closed by an admin; nothing can be written");
  }

  @Test
  void rejectsEachBrokenRuleWithItsCodeAndField() {
    Map<ImportValue, String> cases = new LinkedHashMap<>();
    cases.put(ratio(null, "2024", "1.1", 1, 2), "REQUIRED:orgUnit");
    cases.put(ratio("ninh-kieu", " ", "1.1", 1, 2), "REQUIRED:period");
    cases.put(ratio("ninh-kieu", "2024", "", 1, 2), "REQUIRED:indicator");
    cases.put(ratio("nowhere", "2024", "1.1", 1, 2), "ORG_UNIT_NOT_FOUND:orgUnit");
    cases.put(ratio("ninh-kieu", "2031", "1.1", 1, 2), "PLAN_NOT_FOUND:period");
    cases.put(ratio("ninh-kieu", "1999", "1.1", 1, 2), "PERIOD_NOT_FOUND:period");
    cases.put(ratio("co-do", "2024", "1.1", 1, 2), "ORG_UNIT_NOT_ACTIVE:orgUnit");
    cases.put(ratio("ninh-kieu", "2024S1", "1.1", 1, 2), "PERIOD_CLOSED:period");
    cases.put(ratio("ninh-kieu", "2024S2", "1.1", 1, 2), "PERIOD_NOT_YET_OPEN:period");
    cases.put(ratio("ninh-kieu", "2024", "9.9", 1, 2), "INDICATOR_UNKNOWN:indicator");
    cases.put(ratio("so-gddt", "2024", "1.1", 1, 2), "INDICATOR_NOT_REPORTED:indicator");
    cases.put(ratio("ninh-kieu", "2024", "1.1", -1, 2), "NEGATIVE:numerator");
    cases.put(ratio("ninh-kieu", "2024", "1.1", 1, 0), "DENOMINATOR_NOT_POSITIVE:denominator");
    cases.put(ratio("ninh-kieu", "2024", "1.1", 21, 20), "NUMERATOR_EXCEEDS_DENOMINATOR:numerator");
    cases.put(
        new ImportValue("ninh-kieu", "2024", "1.1", null, BigDecimal.ONE, BigDecimal.TEN, true),
        "FLAG_NOT_ALLOWED:flag");
    cases.put(
        new ImportValue("so-gddt", "2024", "5.1", null, null, null, null), "FLAG_REQUIRED:flag");
    cases.put(sex("ninh-kieu", "2024", "other", 1, 2), "CATEGORY_UNKNOWN:sex");
    cases.put(ratio("ninh-kieu", "2024", "5.2a", 1, 2), "DISAGGREGATION_REQUIRED:sex");
    cases.put(
        new ImportValue(
            "ninh-kieu",
            "2024",
            "4.1",
            null,
            new BigDecimal("1e16"),
            BigDecimal.valueOf(100),
            null),
        "NUMBER_OUT_OF_RANGE:numerator");
    cases.put(
        new ImportValue(
            "ninh-kieu", "2024", "4.1", null, BigDecimal.ONE, new BigDecimal("0.0000001"), null),
        "NUMBER_OUT_OF_RANGE:denominator");
    cases.forEach(
        (value, expected) -> {
          CheckedRow c =
              ImportRules.checkRow(
                  new ImportRow(7, value), ImportFormat.CSV, REFERENCE, COORDINATOR);
          assertThat(c.rejection()).as(expected).isNotNull();
          assertThat(c.rejection().code() + ":" + c.rejection().field())
              .as(value.toString())
              .isEqualTo(expected);
          assertThat(c.rejection().row().position()).isEqualTo(7);
        });
    // JSON names the field by its path
    CheckedRow json =
        ImportRules.checkRow(
            new ImportRow(4, sex("ninh-kieu", "2024", "other", 1, 2)),
            ImportFormat.JSON,
            REFERENCE,
            COORDINATOR);
    assertThat(json.rejection().field()).isEqualTo("values[4].disaggregation.sex");
  }

  @Test
  void aReporterImportsForTheirOwnOrgUnitOnly() {
    Checked checked =
        check(
            ImportFormat.JSON,
            ImportAccess.reporterOf("ninh-kieu"),
            ratio("ninh-kieu", "2024", "1.1", 14, 20),
            ratio("cai-rang", "2024", "1.1", 3, 4));
    assertThat(checked.groups().keySet()).containsExactly(NK_2024);
    assertThat(checked.rejected()).hasSize(1);
    RowOutcome refused = checked.rejected().get(0);
    assertThat(refused.code()).isEqualTo("ORG_UNIT_FORBIDDEN");
    assertThat(refused.row().position()).isEqualTo(1);
    assertThat(refused.message()).isEqualTo("you import for ninh-kieu only, not for cai-rang");
    assertThat(refused.field()).isEqualTo("values[1].orgUnit");

    Checked unbound =
        check(
            ImportFormat.JSON,
            ImportAccess.reporterOf(null),
            ratio("ninh-kieu", "2024", "1.1", 14, 20));
    assertThat(unbound.rejected())
        .extracting(RowOutcome::code)
        .containsExactly("ORG_UNIT_FORBIDDEN");
  }

  @Test
  void oneRejectedValueHoldsBackItsSubmissionButNoOther() {
    Checked checked =
        check(
            ImportFormat.CSV,
            COORDINATOR,
            ratio("ninh-kieu", "2024", "1.1", 14, 20),
            ratio("cai-rang", "2024", "1.1", 3, 4),
            ratio("ninh-kieu", "2024", "4.1", 110, 100),
            ratio("ninh-kieu", "2024", "9.9", 1, 2));
    assertThat(checked.groups().keySet()).containsExactly(CR_2024);
    assertThat(checked.rejected())
        .extracting(o -> o.row().position() + ":" + o.code())
        .containsExactlyInAnyOrder(
            "1:SUBMISSION_REJECTED", "3:SUBMISSION_REJECTED", "4:INDICATOR_UNKNOWN");
    assertThat(
            checked.rejected().stream()
                .filter(o -> o.code().equals("SUBMISSION_REJECTED"))
                .findFirst()
                .orElseThrow()
                .message())
        .isEqualTo(
            "not written: the values of ninh-kieu for 2024 are written together, and row 4 was"
                + " rejected");
  }

  @Test
  void everyCopyOfARepeatedValueIsRejected() {
    Checked checked =
        check(
            ImportFormat.JSON,
            COORDINATOR,
            ratio("ninh-kieu", "2024", "1.1", 14, 20),
            sex("ninh-kieu", "2024", "female", 1, 2),
            ratio("ninh-kieu", "2024", "1.1", 14, 20),
            sex("ninh-kieu", "2024", "male", 1, 2),
            ratio("cai-rang", "2024", "1.1", 14, 20));
    assertThat(checked.groups().keySet()).containsExactly(CR_2024);
    assertThat(checked.rejected())
        .extracting(o -> o.row().position() + ":" + o.code())
        .containsExactly(
            "0:DUPLICATE_VALUE",
            "1:SUBMISSION_REJECTED",
            "2:DUPLICATE_VALUE",
            "3:SUBMISSION_REJECTED");
    assertThat(checked.rejected().get(0).message())
        .isEqualTo("indicator 1.1 of ninh-kieu for 2024 is given more than once: at indices 0, 2");
    assertThat(checked.rejected().get(0).field()).isEqualTo("values[0]");
  }

  @Test
  void decidesImportedUpdatedAndIgnoredAgainstWhatIsStored() {
    List<CheckedRow> rows =
        valid(
            ratio("ninh-kieu", "2024", "1.1", 14, 20),
            new ImportValue(
                "ninh-kieu",
                "2024",
                "4.1",
                null,
                new BigDecimal("110.000"),
                BigDecimal.valueOf(100),
                null),
            sex("ninh-kieu", "2024", "female", 97, 98));
    Stored stored =
        new Stored(
            UUID.randomUUID(),
            SubmissionStatus.RETURNED,
            Map.of(
                new ValueKey("1.1", ""), figure(12, 20),
                new ValueKey("4.1", ""), figure(110, 100),
                new ValueKey("5.2a", "sex=male"), figure(1, 2)));
    Decision d = ImportRules.decide(NK_2024, rows, stored, CATALOGUE, false);
    assertThat(d.accepted()).isTrue();
    assertThat(d.outcomes())
        .extracting(RowOutcome::outcome)
        .containsExactly(ImportOutcome.UPDATED, ImportOutcome.IGNORED, ImportOutcome.IMPORTED);
    assertThat(d.figures())
        .containsOnlyKeys(
            new ValueKey("1.1", ""), new ValueKey("4.1", ""), new ValueKey("5.2a", "sex=female"));
    assertThat(d.missing()).containsExactly(new MissingValue("5.1", null));

    Decision fresh = ImportRules.decide(NK_2024, rows, null, CATALOGUE, false);
    assertThat(fresh.outcomes())
        .extracting(RowOutcome::outcome)
        .containsOnly(ImportOutcome.IMPORTED);
    assertThat(fresh.toSubmission(null, SubmissionStatus.DRAFT, true))
        .isEqualTo(
            new ImportedSubmission(
                "ninh-kieu",
                "2024",
                null,
                SubmissionStatus.DRAFT,
                true,
                3,
                0,
                0,
                List.of(
                    new MissingValue("5.2a", Map.of("sex", "male")),
                    new MissingValue("5.1", null))));
  }

  @Test
  void aSubmissionUnderReviewOrApprovedTakesNoValue() {
    List<CheckedRow> rows = valid(ratio("ninh-kieu", "2024", "1.1", 14, 20));
    for (SubmissionStatus status : List.of(SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED)) {
      Decision d =
          ImportRules.decide(
              NK_2024, rows, new Stored(UUID.randomUUID(), status, Map.of()), CATALOGUE, false);
      assertThat(d.accepted()).isFalse();
      assertThat(d.outcomes())
          .extracting(RowOutcome::code)
          .containsExactly("SUBMISSION_NOT_EDITABLE");
      assertThat(d.outcomes().get(0).message()).contains("is " + status);
    }
  }

  @Test
  void toSubmitEveryCategoryIsNeededButMissingIndicatorsAreNot() {
    List<CheckedRow> half = valid(sex("ninh-kieu", "2024", "female", 97, 98));
    Decision refused = ImportRules.decide(NK_2024, half, null, CATALOGUE, true);
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.outcomes())
        .extracting(RowOutcome::code)
        .containsOnly("SUBMISSION_INCOMPLETE");
    assertThat(refused.outcomes().get(0).message()).contains("5.2a");
    // the same value completes what is stored
    Stored male =
        new Stored(
            UUID.randomUUID(),
            SubmissionStatus.DRAFT,
            Map.of(new ValueKey("5.2a", "sex=male"), figure(1, 2)));
    assertThat(ImportRules.decide(NK_2024, half, male, CATALOGUE, true).accepted()).isTrue();
    // without submit a draft may stay partial
    assertThat(ImportRules.decide(NK_2024, half, null, CATALOGUE, false).accepted()).isTrue();
  }

  private static Checked check(ImportFormat format, ImportAccess access, ImportValue... values) {
    return ImportRules.check(
        ImportBatch.of(format, List.of(values)).rows(), format, REFERENCE, access);
  }

  private static List<CheckedRow> valid(ImportValue... values) {
    List<CheckedRow> rows = new ArrayList<>();
    for (ImportRow row : ImportBatch.of(ImportFormat.JSON, List.of(values)).rows()) {
      CheckedRow c = ImportRules.checkRow(row, ImportFormat.JSON, REFERENCE, COORDINATOR);
      assertThat(c.rejection()).isNull();
      rows.add(c);
    }
    return rows;
  }

  static ImportValue ratio(String orgUnit, String period, String indicator, int n, int d) {
    return new ImportValue(
        orgUnit, period, indicator, null, BigDecimal.valueOf(n), BigDecimal.valueOf(d), null);
  }

  static ImportValue sex(String orgUnit, String period, String sex, int n, int d) {
    return new ImportValue(
        orgUnit,
        period,
        "5.2a",
        Map.of("sex", sex),
        BigDecimal.valueOf(n),
        BigDecimal.valueOf(d),
        null);
  }

  static ImportValue flag(String orgUnit, String period, boolean flag) {
    return new ImportValue(orgUnit, period, "5.1", null, null, null, flag);
  }

  static Figure figure(int n, int d) {
    return new Figure(BigDecimal.valueOf(n), BigDecimal.valueOf(d), null);
  }

  private static ImportReference reference() {
    Map<String, OrgUnit> units = new LinkedHashMap<>();
    for (String code : List.of("ninh-kieu", "cai-rang", "so-gddt", "co-do")) {
      OrgUnit o = new OrgUnit();
      o.code = code;
      o.openedOn = LocalDate.of(2004, 1, 2);
      o.closedOn = code.equals("co-do") ? LocalDate.of(2023, 12, 31) : null;
      units.put(code, o);
    }
    Map<String, Period> periods = new LinkedHashMap<>();
    periods.put("2024", period("2024", 2024, 1, 12, true));
    periods.put("2024S1", period("2024S1", 2024, 1, 6, false));
    periods.put("2024S2", period("2024S2", 2024, 7, 12, true));
    periods.get("2024S2").opensOn = TODAY.plusDays(17);
    periods.put("2031", period("2031", 2031, 1, 12, true));
    return new ImportReference(
        units, periods, Map.of(2024, CATALOGUE), (p, o) -> EntryState.forUnit(p, TODAY, null));
  }

  private static Period period(String code, int year, int fromMonth, int toMonth, boolean open) {
    Period p = new Period();
    p.code = code;
    p.year = year;
    p.startDate = LocalDate.of(year, fromMonth, 1);
    p.endDate = LocalDate.of(year, toMonth, 28);
    p.open = open;
    return p;
  }

  private static PlanCatalogue catalogue() {
    Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
    map.put("1.1", def("1.1", ValueType.RATIO, "%", Map.of(), Set.of("ninh-kieu", "cai-rang")));
    map.put(
        "4.1", def("4.1", ValueType.RATIO, "boys per 100 girls", Map.of(), Set.of("ninh-kieu")));
    map.put(
        "5.2a",
        def(
            "5.2a",
            ValueType.RATIO,
            "%",
            Map.of("sex", List.of("male", "female")),
            Set.of("ninh-kieu", "cai-rang")));
    map.put("5.1", def("5.1", ValueType.FLAG, "yes/no", Map.of(), Set.of("so-gddt", "ninh-kieu")));
    return new PlanCatalogue(2024, map);
  }

  private static IndicatorDefinition def(
      String code,
      ValueType type,
      String unit,
      Map<String, List<String>> categories,
      Set<String> reporters) {
    return new IndicatorDefinition(
        code,
        code.substring(0, 1),
        type,
        unit,
        type == ValueType.FLAG ? null : BigDecimal.valueOf(100),
        true,
        null,
        categories,
        type == ValueType.FLAG ? Comparator.TRUE : Comparator.GE,
        type == ValueType.FLAG ? null : BigDecimal.valueOf(60),
        null,
        reporters);
  }
}
