package vn.cantho.gep.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.indicator.ExpectedReporters;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodService;
import vn.cantho.gep.submission.ReportedFigure;
import vn.cantho.gep.submission.SubmissionService;
import vn.cantho.gep.submission.SubmissionStatus;
import vn.cantho.gep.testing.ApiTest;
import vn.cantho.gep.testing.Db;
import vn.cantho.gep.testing.TestDatabase;

/**
 * PostgreSQL's sums, reporters and missing reporters ({@link ScopeFiguresQuery}) are exactly what
 * the figures themselves give when added up one by one in Java, the expected reporters by {@link
 * ExpectedReporters}, on random reports of every 2024 reporter in every status, for the city, each
 * district and a department.
 */
@QuarkusTest
class ScopeFiguresQueryTest extends ApiTest {
  static final List<SubmissionStatus> STATUSES = List.of(SubmissionStatus.values());

  @Inject ScopeFiguresQuery query;
  @Inject SubmissionService submissions;
  @Inject IndicatorService indicators;
  @Inject OrgUnitService orgUnits;
  @Inject PeriodService periods;

  @Test
  void sqlSumsEqualTheFiguresAddedUpOneByOne() throws Exception {
    PlanCatalogue catalogue = indicators.catalogue(2024);
    Period year = periods.get("2024");
    for (long seed = 1; seed <= 3; seed++) {
      Db.reset();
      insertRandomReports(catalogue, year, new Random(seed));
      List<String> roots = new ArrayList<>(List.of("can-tho", "so-gddt", "so-ldtbxh"));
      orgUnits.list(null, "can-tho", null).stream()
          .filter(o -> o.type.name().equals("DISTRICT"))
          .forEach(o -> roots.add(o.code));
      for (String root : roots) {
        for (Basis basis : Basis.values()) {
          for (Period period : List.of(year, periods.get("2024S1"))) {
            String where = "seed " + seed + ", " + root + ", " + period.code + ", " + basis;
            ScopeFigures sql = figures(root, period, basis, catalogue);
            ScopeFigures java = addedUpInJava(root, period, basis, catalogue);
            assertThat(normalised(sql.sums())).as(where).isEqualTo(normalised(java.sums()));
            assertThat(sql.reported()).as(where).isEqualTo(java.reported());
            assertThat(sql.expected()).as(where).isEqualTo(java.expected());
            assertThat(sql.missing()).as(where).isEqualTo(java.missing());
            assertThat(normalisedRows(sql.surveyFigures()))
                .as(where)
                .isEqualTo(normalisedRows(java.surveyFigures()));
          }
        }
      }
    }
    // the data were not empty: the city has approved figures of every additive indicator
    ScopeFigures city = figures("can-tho", year, Basis.APPROVED, catalogue);
    assertThat(city.sums()).isNotEmpty();
    assertThat(city.missing()).isNotEmpty();
  }

  private ScopeFigures figures(String root, Period period, Basis basis, PlanCatalogue catalogue) {
    return query.figures(orgUnits.subtreeCodes(root), period, basis.statuses(), surveys(catalogue));
  }

  private static List<String> surveys(PlanCatalogue catalogue) {
    return catalogue.indicators().values().stream()
        .filter(d -> !d.additive())
        .map(IndicatorDefinition::code)
        .toList();
  }

  /** The same, from every figure in the subtree, one by one. */
  private ScopeFigures addedUpInJava(
      String root, Period period, Basis basis, PlanCatalogue catalogue) {
    List<String> subtree = orgUnits.subtreeCodes(root);
    List<OrgUnit> inSubtree =
        orgUnits.list(null, null, null).stream().filter(o -> subtree.contains(o.code)).toList();
    Map<String, List<ReportedFigure>> byIndicator =
        submissions.figures(period.code, subtree, basis.statuses()).stream()
            .collect(Collectors.groupingBy(ReportedFigure::indicator));
    Map<String, Map<String, Aggregation.Sums>> sums = new HashMap<>();
    Map<String, Long> reported = new HashMap<>();
    Map<String, Long> expected = new HashMap<>();
    Map<String, List<String>> missing = new HashMap<>();
    Map<String, List<ReportedFigure>> survey = new HashMap<>();
    for (var e : byIndicator.entrySet()) {
      sums.put(e.getKey(), Aggregation.sums(e.getValue()));
      Set<String> units =
          e.getValue().stream().map(ReportedFigure::orgUnit).collect(Collectors.toSet());
      reported.put(e.getKey(), (long) units.size());
      if (surveys(catalogue).contains(e.getKey())) {
        survey.put(e.getKey(), e.getValue());
      }
    }
    for (IndicatorDefinition def : catalogue.indicators().values()) {
      List<String> mine = ExpectedReporters.of(def, inSubtree, period);
      if (mine.isEmpty()) {
        continue;
      }
      expected.put(def.code(), (long) mine.size());
      List<ReportedFigure> given = byIndicator.getOrDefault(def.code(), List.of());
      List<String> absent =
          mine.stream().filter(u -> given.stream().noneMatch(f -> f.orgUnit().equals(u))).toList();
      if (!absent.isEmpty()) {
        missing.put(def.code(), absent);
      }
    }
    return new ScopeFigures(sums, reported, expected, missing, survey);
  }

  private static Map<String, Map<String, String>> normalised(
      Map<String, Map<String, Aggregation.Sums>> sums) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    sums.forEach(
        (indicator, byCategory) -> {
          Map<String, String> categories = new TreeMap<>();
          byCategory.forEach(
              (k, s) ->
                  categories.put(
                      k,
                      plain(s.numerator())
                          + "/"
                          + plain(s.denominator())
                          + " "
                          + s.yes()
                          + "/"
                          + s.rows()));
          out.put(indicator, categories);
        });
    return out;
  }

  private static Map<String, Set<String>> normalisedRows(Map<String, List<ReportedFigure>> rows) {
    Map<String, Set<String>> out = new TreeMap<>();
    rows.forEach(
        (indicator, figures) ->
            out.put(
                indicator,
                figures.stream()
                    .map(
                        f ->
                            f.orgUnit()
                                + "|"
                                + f.categoryKey()
                                + "|"
                                + plain(f.numerator())
                                + "|"
                                + plain(f.denominator())
                                + "|"
                                + f.flag())
                    .collect(Collectors.toCollection(TreeSet::new))));
    return out;
  }

  private static String plain(BigDecimal d) {
    return d == null ? "-" : d.stripTrailingZeros().toPlainString();
  }

  /**
   * A report from five in six 2024 reporters, in a random status, leaving out one indicator in
   * eight: yes or no, or a share with a denominator of 1 to 1,000, per category.
   */
  private void insertRandomReports(PlanCatalogue catalogue, Period period, Random random)
      throws Exception {
    Set<String> reporters = new TreeSet<>();
    catalogue.indicators().values().forEach(d -> reporters.addAll(d.reporters()));
    OffsetDateTime now = OffsetDateTime.now();
    try (Connection c = TestDatabase.connect();
        PreparedStatement submission =
            c.prepareStatement(
                "insert into submission (id, org_unit_code, period_code, status, version,"
                    + " created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, 1, ?,"
                    + " 'test', ?, 'test')");
        PreparedStatement value =
            c.prepareStatement(
                "insert into submission_value (submission_id, indicator_code, category_key,"
                    + " numerator, denominator, flag) values (?, ?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (String unit : reporters) {
        if (random.nextInt(6) == 0) {
          continue;
        }
        UUID id = UUID.randomUUID();
        submission.setObject(1, id);
        submission.setString(2, unit);
        submission.setString(3, period.code);
        submission.setString(4, STATUSES.get(random.nextInt(STATUSES.size())).name());
        submission.setObject(5, now);
        submission.setObject(6, now);
        submission.executeUpdate();
        for (IndicatorDefinition def : catalogue.reportedBy(unit)) {
          if (random.nextInt(8) == 0) {
            continue;
          }
          for (String key : def.expectedCategoryKeys()) {
            value.setObject(1, id);
            value.setString(2, def.code());
            value.setString(3, key);
            if (def.isFlag()) {
              value.setBigDecimal(4, null);
              value.setBigDecimal(5, null);
              value.setBoolean(6, random.nextBoolean());
            } else {
              int denominator = 1 + random.nextInt(1000);
              value.setBigDecimal(4, BigDecimal.valueOf(random.nextInt(denominator + 1)));
              value.setBigDecimal(5, BigDecimal.valueOf(denominator));
              value.setObject(6, null);
            }
            value.addBatch();
          }
        }
        value.executeBatch();
      }
      c.commit();
    }
    Db.exec("analyze submission, submission_value");
  }
}
