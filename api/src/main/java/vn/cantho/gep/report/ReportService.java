package vn.cantho.gep.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cantho.gep.attainment.AttainmentService;
import vn.cantho.gep.attainment.Basis;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.indicator.ExpectedReporters;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.indicator.Objective;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodService;
import vn.cantho.gep.period.PeriodType;
import vn.cantho.gep.submission.SubmissionService;
import vn.cantho.gep.submission.SubmissionStatus;
import vn.cantho.gep.submission.SubmissionSummary;

/**
 * The consolidated city report of a period (plan V.17: so-ldtbxh reports to the city People's
 * Committee and the ministry): its content read from approved figures through the attainment
 * service, its readiness, and the draft the coordinator edits before sending it.
 */
@ApplicationScoped
@Transactional
public class ReportService {
  /** The city: the report covers every reporter under it. */
  public static final String CITY = "can-tho";

  static final List<String> DEFAULT_RECIPIENTS =
      List.of(
          "UBND thành phố (để báo cáo)",
          "Bộ Lao động - Thương binh và Xã hội (để báo cáo)",
          "Ban Giám đốc Sở",
          "Lưu: VT, phòng BĐG");

  @Inject AttainmentService attainment;
  @Inject IndicatorService indicators;
  @Inject OrgUnitService orgUnits;
  @Inject PeriodService periods;
  @Inject SubmissionService submissions;
  @Inject ReportDraftRepository drafts;
  @Inject CurrentUser user;

  /** What the workbook and the document show, from approved figures only. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportContent content(String periodCode) {
    Period period = periods.get(periodCode);
    PlanCatalogue catalogue = indicators.catalogue(period.year);
    Map<String, String> names = new LinkedHashMap<>();
    orgUnits.list(null, null, null).forEach(o -> names.put(o.code, o.nameVi));
    return new ReportContent(
        period,
        indicators.plan(period.year).titleVi,
        indicators.objectives(),
        attainment.attainment(CITY, period.code, null, Basis.APPROVED),
        catalogue,
        submissions.figures(period.code, orgUnits.subtreeCodes(CITY), Basis.APPROVED.statuses()),
        names,
        indicators.listDefinitions().stream()
            .collect(Collectors.toMap(i -> i.code, i -> i.unitVi, (a, b) -> a)),
        indicators.categoryLabels());
  }

  /** Which expected reporters of the period are approved, and the status of the others. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportReadiness readiness(String periodCode) {
    Period period = periods.get(periodCode);
    Set<String> expected = expectedReporters(period);
    Map<String, SubmissionStatus> statuses = new LinkedHashMap<>();
    int page = 0;
    while (true) {
      var found = submissions.list(null, period.code, null, page++, 200);
      for (SubmissionSummary s : found.items()) {
        statuses.put(s.orgUnit(), s.status());
      }
      if ((long) page * 200 >= found.total()) {
        break;
      }
    }
    List<ReportReadiness.Pending> pending = new ArrayList<>();
    for (OrgUnit o : orgUnits.list(null, null, null)) {
      SubmissionStatus status = statuses.get(o.code);
      if (expected.contains(o.code) && status != SubmissionStatus.APPROVED) {
        pending.add(new ReportReadiness.Pending(o.code, o.nameVi, status));
      }
    }
    int approved = expected.size() - pending.size();
    return new ReportReadiness(
        period.code, expected.size(), approved, pending.isEmpty(), List.copyOf(pending));
  }

  private Set<String> expectedReporters(Period period) {
    return ExpectedReporters.of(
        indicators.catalogue(period.year), orgUnits.list(null, null, null), period);
  }

  /** The saved draft, or (version 0) one prefilled from the approved figures. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportDraftResponse draft(String periodCode) {
    Period period = periods.get(periodCode);
    return drafts
        .findByIdOptional(period.code)
        .map(ReportDraftResponse::from)
        .orElseGet(() -> ReportDraftResponse.from(prefilled(period)));
  }

  /** Saves the draft if the caller's version is the current one (0 when none was saved). */
  public ReportDraftResponse saveDraft(
      String periodCode, Integer expectedVersion, UpdateReportDraftRequest request) {
    Period period = periods.get(periodCode);
    Integer version = expectedVersion != null ? expectedVersion : request.version();
    if (version == null) {
      throw new DomainException(
          ErrorCode.PRECONDITION_REQUIRED,
          "Send the version of the draft you edited in If-Match (0 for a draft never saved)");
    }
    ReportDraft draft = drafts.findForUpdate(period.code).orElse(null);
    int current = draft == null ? 0 : draft.version;
    if (version != current) {
      throw new DomainException(
              ErrorCode.REPORT_DRAFT_CONFLICT,
              "The draft is at version " + current + ", not " + version + "; reload it")
          .with("currentVersion", current);
    }
    Set<String> objectives =
        indicators.objectives().stream().map(o -> o.code).collect(Collectors.toSet());
    List<String> unknown =
        request.narratives().keySet().stream().filter(k -> !objectives.contains(k)).toList();
    if (!unknown.isEmpty()) {
      throw new DomainException(
          ErrorCode.VALIDATION_FAILED,
          "narratives has texts for objectives the plan does not have: " + unknown);
    }
    boolean fresh = draft == null;
    Map<String, Object> before = fresh ? null : ReportDraftChange.fields(draft);
    if (fresh) {
      draft = new ReportDraft();
      draft.periodCode = period.code;
    }
    draft.number = request.number().strip();
    draft.issuedOn = request.issuedOn();
    draft.subject = request.subject().strip();
    draft.signerName = request.signerName().strip();
    draft.signerTitle = request.signerTitle().strip();
    draft.recipients = new ArrayList<>(strip(request.recipients()));
    draft.narratives = new LinkedHashMap<>(request.narratives());
    draft.version = current + 1;
    draft.updatedAt = OffsetDateTime.now();
    draft.updatedBy = user.name();
    if (fresh) {
      drafts.persist(draft);
    }
    ReportDraftChange change = ReportDraftChange.between(before, ReportDraftChange.fields(draft));
    if (!change.isEmpty()) {
      drafts.recordChange(period.code, draft.version, user.actor(), change);
    }
    return ReportDraftResponse.from(draft);
  }

  private static List<String> strip(Collection<String> lines) {
    return lines.stream().map(String::strip).toList();
  }

  private ReportDraft prefilled(Period period) {
    ReportContent content = content(period.code);
    ReportDraft d = new ReportDraft();
    d.periodCode = period.code;
    d.number = "     /BC-SLĐTBXH";
    d.issuedOn = LocalDate.now();
    d.subject = subject(content.planTitle(), period);
    d.signerName = "";
    d.signerTitle = "GIÁM ĐỐC";
    d.recipients = new ArrayList<>(DEFAULT_RECIPIENTS);
    for (Objective o : content.objectives()) {
      var rows = content.rowsOf(o);
      if (!rows.isEmpty()) {
        d.narratives.put(o.code, ReportNarrative.of(rows, content::unitVi));
      }
    }
    d.version = 0;
    return d;
  }

  /** "Kết quả thực hiện kế hoạch ... năm 2024 (6 tháng đầu năm)". */
  static String subject(String planTitle, Period period) {
    String plan = planTitle == null ? "" : planTitle;
    String lower = plan.isEmpty() ? "" : Character.toLowerCase(plan.charAt(0)) + plan.substring(1);
    String when =
        period.type == PeriodType.SIX_MONTHLY && period.code.endsWith("S1")
            ? " (6 tháng đầu năm)"
            : period.type == PeriodType.YEARLY ? "" : " (kỳ " + period.code + ")";
    return "Kết quả thực hiện " + lower + when;
  }
}
