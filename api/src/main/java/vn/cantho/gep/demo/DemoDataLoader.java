package vn.cantho.gep.demo;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.cantho.gep.common.security.Actor;
import vn.cantho.gep.config.GepConfig;
import vn.cantho.gep.indicator.Categories;
import vn.cantho.gep.indicator.CreatePlanRequest;
import vn.cantho.gep.indicator.ExpectedReporters;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.indicator.PlanYearService;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodService;
import vn.cantho.gep.submission.Submission;
import vn.cantho.gep.submission.SubmissionEvent;
import vn.cantho.gep.submission.SubmissionStatus;
import vn.cantho.gep.submission.SubmissionValue;
import vn.cantho.gep.submission.ValueChange;
import vn.cantho.gep.submission.ValueInput;
import vn.cantho.gep.submission.ValueRules;

/**
 * Loads a realistic demo data set into an empty database: every department and district reporting
 * 2024S1 and 2024, some approved, some returned, some submitted late, some not started; and a 2023
 * plan copied from 2024 with approved, somewhat lower 2023S1 and 2023 figures, so that an
 * indicator's series spans two plan years. Runs only in the dev, test and demo profiles and only
 * when {@code gep.demo-data} is true; never in prod.
 */
@ApplicationScoped
public class DemoDataLoader {
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
  private static final String COORDINATOR = "coordinator";

  /** Who the audit log says set up the demo's plan year and closed its periods. */
  private static final Actor DEMO = new Actor("demo", "admin");

  @Inject GepConfig config;
  @Inject EntityManager em;
  @Inject IndicatorService indicators;
  @Inject OrgUnitService orgUnits;
  @Inject PeriodService periods;
  @Inject PlanYearService planYears;

  void onStart(@Observes StartupEvent event) {
    if (!config.demoData()) {
      return;
    }
    List<String> profiles = ConfigUtils.getProfiles();
    if (!(profiles.contains("dev") || profiles.contains("demo") || profiles.contains("test"))) {
      LOG.warn("gep.demo-data is set but ignored outside the dev, test and demo profiles");
      return;
    }
    load();
  }

  @Transactional
  void load() {
    long existing =
        em.createQuery("select count(s) from Submission s", Long.class).getSingleResult();
    if (existing > 0) {
      LOG.infof("Demo data not loaded: %d submissions exist already", existing);
      return;
    }
    if (indicators.plans().stream().noneMatch(p -> p.year == 2023)) {
      planYears.create(
          new CreatePlanRequest(
              2023,
              2024,
              "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới thành phố Cần Thơ năm 2023",
              null),
          DEMO);
    }
    int count = 0;
    for (Period period :
        List.of(
            periods.get("2023S1"),
            periods.get("2023"),
            periods.get("2024S1"),
            periods.get("2024"))) {
      PlanCatalogue catalogue = indicators.catalogue(period.year);
      List<String> reporters =
          List.copyOf(ExpectedReporters.of(catalogue, orgUnits.list(null, null, null), period));
      for (int i = 0; i < reporters.size(); i++) {
        String orgUnit = reporters.get(i);
        Plan plan = plan(period, orgUnit, i);
        if (plan == Plan.NOT_STARTED) {
          continue;
        }
        create(period, catalogue, orgUnit, plan);
        count++;
      }
    }
    periods.setOpen("2023S1", false, DEMO);
    periods.setOpen("2023", false, DEMO);
    LOG.infof("Demo data loaded: %d submissions for 2023S1, 2023, 2024S1 and 2024", count);
    loadContacts();
  }

  /**
   * Reminder contacts: reporter.&lt;code&gt;@demo.gep.local for every org unit but the city, and
   * coordinator@demo.gep.local for so-ldtbxh's overdue digest.
   */
  void loadContacts() {
    em.createNativeQuery(
            """
            insert into org_unit_contact (org_unit_code, kind, email, name, created_at, created_by)
            select code, 'REPORTER', 'reporter.' || code || '@demo.gep.local',
                   'Cán bộ báo cáo ' || name_vi, now(), 'demo'
            from org_unit where type <> 'CITY'
            union all
            select code, 'COORDINATOR', 'coordinator@demo.gep.local',
                   'Điều phối viên bình đẳng giới', now(), 'demo'
            from org_unit where coordinator
            on conflict do nothing
            """)
        .executeUpdate();
  }

  /** What happens to one org unit's report in the demo. */
  enum Plan {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    SUBMITTED_LATE,
    RETURNED,
    APPROVED,
    APPROVED_LATE
  }

  private static Plan plan(Period period, String orgUnit, int index) {
    if (period.year == 2023) {
      return orgUnit.equals("bao-can-tho") ? Plan.NOT_STARTED : Plan.APPROVED;
    }
    if (period.code.equals("2024S1")) {
      return switch (orgUnit) {
        case "co-do" -> Plan.RETURNED;
        case "vinh-thanh", "bao-can-tho" -> Plan.NOT_STARTED;
        case "thoi-lai", "mttq" -> Plan.APPROVED_LATE;
        case "so-tu-phap" -> Plan.SUBMITTED_LATE;
        default -> Plan.APPROVED;
      };
    }
    return switch (orgUnit) {
      case "ninh-kieu",
          "so-ldtbxh",
          "so-y-te",
          "so-gddt",
          "so-noi-vu",
          "cai-rang",
          "binh-thuy",
          "so-vhttdl",
          "so-khdt",
          "so-tttt",
          "dai-ptth",
          "cong-an",
          "o-mon" ->
          Plan.APPROVED;
      case "phong-dien", "thot-not" -> Plan.SUBMITTED;
      case "co-do", "so-tai-chinh" -> Plan.RETURNED;
      case "thoi-lai" -> Plan.APPROVED_LATE;
      case "vinh-thanh", "ban-dan-toc" -> Plan.DRAFT;
      case "so-tu-phap" -> Plan.SUBMITTED_LATE;
      default -> index % 2 == 0 ? Plan.NOT_STARTED : Plan.APPROVED;
    };
  }

  private void create(Period period, PlanCatalogue catalogue, String orgUnit, Plan plan) {
    Random random = new Random((orgUnit + period.code).hashCode());
    List<ValueInput> inputs = new ArrayList<>();
    for (IndicatorDefinition def : catalogue.reportedBy(orgUnit)) {
      for (String key : def.expectedCategoryKeys()) {
        if (plan == Plan.DRAFT && random.nextInt(3) == 0) {
          continue;
        }
        inputs.add(value(def, key, orgUnit, period, random));
      }
    }
    var errors = ValueRules.validate(inputs, catalogue, orgUnit);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("Demo values break the rules: " + errors);
    }
    LocalDate due = period.dueDate;
    OffsetDateTime created = at(due.minusDays(20 + random.nextInt(10)), 9);
    String reporter = "reporter." + orgUnit;

    Submission s = new Submission();
    s.id = UUID.nameUUIDFromBytes(("demo/" + orgUnit + "/" + period.code).getBytes());
    s.orgUnitCode = orgUnit;
    s.periodCode = period.code;
    s.status = SubmissionStatus.DRAFT;
    s.version = 1;
    s.createdAt = created;
    s.createdBy = reporter;
    s.updatedAt = created;
    s.updatedBy = reporter;
    List<ValueChange> changes = new ArrayList<>();
    for (ValueInput in : inputs) {
      SubmissionValue v = new SubmissionValue();
      v.submission = s;
      v.indicatorCode = in.indicator();
      v.categoryKey = Categories.key(in.disaggregation());
      v.numerator = in.numerator();
      v.denominator = in.denominator();
      v.flag = in.flag();
      s.values.add(v);
      changes.add(new ValueChange(in.indicator(), in.disaggregation(), null, in.figure()));
    }
    em.persist(s);
    event(s, SubmissionEvent.Action.CREATED, null, reporter, created, null, changes);
    if (plan == Plan.DRAFT) {
      return;
    }
    boolean late = plan == Plan.SUBMITTED_LATE || plan == Plan.APPROVED_LATE;
    OffsetDateTime submitted =
        late ? at(due.plusDays(3 + random.nextInt(5)), 15) : at(due.minusDays(2), 16);
    move(
        s, SubmissionStatus.SUBMITTED, SubmissionEvent.Action.SUBMITTED, reporter, submitted, null);
    s.submittedAt = submitted;
    s.submittedBy = reporter;
    if (plan == Plan.RETURNED) {
      String reason =
          "Đề nghị rà soát lại số liệu: mẫu số của một số chỉ tiêu chưa khớp với báo cáo kỳ trước.";
      move(
          s,
          SubmissionStatus.RETURNED,
          SubmissionEvent.Action.RETURNED,
          COORDINATOR,
          submitted.plusDays(2),
          reason);
      s.returnReason = reason;
      s.reviewedAt = submitted.plusDays(2);
      s.reviewedBy = COORDINATOR;
    } else if (plan == Plan.APPROVED || plan == Plan.APPROVED_LATE) {
      move(
          s,
          SubmissionStatus.APPROVED,
          SubmissionEvent.Action.APPROVED,
          COORDINATOR,
          submitted.plusDays(3),
          null);
      s.reviewedAt = submitted.plusDays(3);
      s.reviewedBy = COORDINATOR;
    }
  }

  private void move(
      Submission s,
      SubmissionStatus to,
      SubmissionEvent.Action action,
      String actor,
      OffsetDateTime at,
      String reason) {
    SubmissionStatus from = s.status;
    s.status = to;
    s.version++;
    s.updatedAt = at;
    s.updatedBy = actor;
    event(s, action, from, actor, at, reason, List.of());
  }

  private void event(
      Submission s,
      SubmissionEvent.Action action,
      SubmissionStatus from,
      String actor,
      OffsetDateTime at,
      String reason,
      List<ValueChange> changes) {
    SubmissionEvent e = new SubmissionEvent();
    e.submissionId = s.id;
    e.occurredAt = at;
    e.actor = actor;
    e.action = action;
    e.fromStatus = from;
    e.toStatus = s.status;
    e.version = s.version;
    e.reason = reason;
    e.changes = changes;
    em.persist(e);
  }

  /**
   * A plausible figure near the target: most reporters close to it, some above and some below, so
   * that the dashboard shows both outcomes.
   */
  private static ValueInput value(
      IndicatorDefinition def, String key, String orgUnit, Period period, Random random) {
    Map<String, String> disaggregation = key.isEmpty() ? null : Categories.parse(key);
    if (def.isFlag()) {
      return new ValueInput(def.code(), disaggregation, null, null, true);
    }
    int denominator =
        switch (def.code()) {
          case "4.1" -> 2000 + random.nextInt(1500);
          case "4.2" -> 12000 + random.nextInt(3000);
          case "4.3" -> 30000 + random.nextInt(5000);
          case "3.1" -> 100;
          case "6.1" -> 1_240_000;
          case "2.1", "2.2" -> 300_000 + random.nextInt(20_000);
          default -> 20 + random.nextInt(80);
        };
    double target = def.target().doubleValue();
    double spread = def.isPercent() ? 8 : target * 0.08;
    double v = target + (random.nextDouble() * 2 - 1) * spread;
    if (period.year < 2024) {
      // a year earlier the city stood further from its targets
      v += (def.comparator().lowerIsBetter() ? 0.5 : -0.5) * spread;
    }
    if (def.isPercent()) {
      v = Math.max(0, Math.min(100, v));
    }
    long numerator = Math.round(v * denominator / def.scale().doubleValue());
    if (def.code().equals("3.1")) {
      numerator = Math.round(v * 100);
    }
    if (def.isPercent()) {
      numerator = Math.min(numerator, denominator);
    }
    return new ValueInput(
        def.code(),
        disaggregation,
        BigDecimal.valueOf(numerator),
        BigDecimal.valueOf(denominator),
        null);
  }

  private static OffsetDateTime at(LocalDate date, int hour) {
    return OffsetDateTime.of(date, LocalTime.of(hour, 0), ZoneOffset.ofHours(7))
        .withOffsetSameInstant(ZoneOffset.UTC);
  }
}
