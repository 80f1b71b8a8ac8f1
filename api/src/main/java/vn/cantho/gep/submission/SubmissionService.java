package vn.cantho.gep.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.indicator.IndicatorDefinition;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodService;

/**
 * Creates submissions, replaces their values and submits them, as the reporter of one org unit;
 * reads them for whoever may see them. Every change is written to the history.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {
  static final String CREATE_OPERATION = "createSubmission";

  @Inject SubmissionRepository repository;
  @Inject IdempotencyRepository idempotency;
  @Inject OrgUnitService orgUnits;
  @Inject PeriodService periods;
  @Inject IndicatorService indicators;
  @Inject CurrentUser user;
  @Inject ObjectMapper json;
  @Inject java.time.Clock clock;

  /**
   * The answer to a create: the submission, and whether it replays an earlier identical request.
   */
  public record Created(int status, String body, UUID id, boolean replayed) {}

  /**
   * Creates a DRAFT for an org unit and period. With an Idempotency-Key, a repeat of the same
   * request gets the first answer again and writes nothing; the key with another request is 422.
   */
  public Created create(CreateSubmissionRequest request, String idempotencyKey) {
    user.requireReporterOf(request.orgUnit());
    if (idempotencyKey != null) {
      var prior =
          idempotency.replayOrClaim(user.actor(), idempotencyKey, CREATE_OPERATION, request);
      if (prior.isPresent()) {
        var receipt = prior.get();
        return new Created(receipt.status(), receipt.body(), readId(receipt.body()), true);
      }
    }
    OrgUnit orgUnit = orgUnits.get(request.orgUnit());
    Period period = periods.get(request.period());
    periods.requireAcceptingEntries(period, orgUnit.code);
    if (!orgUnit.activeBetween(period.startDate, period.endDate)) {
      throw new DomainException(
          ErrorCode.ORG_UNIT_NOT_ACTIVE,
          orgUnit.code + " did not exist during period " + period.code);
    }
    PlanCatalogue catalogue = indicators.catalogue(period.year);
    if (catalogue.reportedBy(orgUnit.code).isEmpty()) {
      throw new DomainException(
          ErrorCode.ORG_UNIT_NOT_REPORTER,
          orgUnit.code + " reports no indicator in the plan of " + period.year);
    }
    repository.lockOrgUnitPeriod(orgUnit.code, period.code);
    repository
        .findByOrgUnitAndPeriod(orgUnit.code, period.code)
        .ifPresent(
            existing -> {
              throw new DomainException(
                      ErrorCode.SUBMISSION_EXISTS,
                      "Submission "
                          + existing.id
                          + " already holds "
                          + orgUnit.code
                          + "'s figures for "
                          + period.code)
                  .with("existingId", existing.id);
            });
    List<ValueInput> values = request.valuesOrEmpty();
    requireValid(values, catalogue, orgUnit.code);

    OffsetDateTime now = now();
    Submission s = new Submission();
    s.id = UUID.randomUUID();
    s.orgUnitCode = orgUnit.code;
    s.periodCode = period.code;
    s.status = SubmissionStatus.DRAFT;
    s.version = 1;
    s.createdAt = now;
    s.createdBy = user.name();
    s.updatedAt = now;
    s.updatedBy = user.name();
    Map<ValueKey, Figure> newValues = figures(values);
    apply(s, newValues);
    repository.persist(s);
    record(s, SubmissionEvent.Action.CREATED, null, null, ValueRules.diff(Map.of(), newValues));

    SubmissionResponse response = toResponse(s, period, catalogue);
    String body = write(response);
    if (idempotencyKey != null) {
      idempotency.complete(user.actor(), idempotencyKey, 201, body);
    }
    return new Created(201, body, s.id, false);
  }

  /**
   * A submission the caller may see; others' are unknown (404) so that their existence stays
   * hidden.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Submission get(UUID id) {
    return visible(repository.findByIdOptional(id), id);
  }

  /** Like {@link #get} but locks the row for a change. */
  Submission getForUpdate(UUID id) {
    return visible(repository.findForUpdate(id), id);
  }

  private Submission visible(java.util.Optional<Submission> found, UUID id) {
    return found
        .filter(s -> user.mayRead(s.orgUnitCode))
        .orElseThrow(
            () -> DomainException.notFound(ErrorCode.SUBMISSION_NOT_FOUND, "Submission " + id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SubmissionResponse read(UUID id) {
    return toResponse(get(id));
  }

  /**
   * A page of the submissions the caller may see. A reporter sees only their org unit; asking for
   * another org unit by name is 403.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SubmissionPage list(
      String orgUnit, String period, Collection<SubmissionStatus> statuses, int page, int size) {
    Collection<String> orgUnitFilter = null;
    if (orgUnit != null) {
      orgUnits.get(orgUnit);
      if (!user.mayRead(orgUnit)) {
        throw new DomainException(
            ErrorCode.ORG_UNIT_FORBIDDEN, "You may not read the submissions of " + orgUnit);
      }
      orgUnitFilter = List.of(orgUnit);
    } else {
      orgUnitFilter = user.readableUnits().orElse(null);
    }
    if (period != null) {
      periods.get(period);
    }
    var filter = new SubmissionRepository.Filter(orgUnitFilter, period, statuses);
    List<Submission> found = repository.page(filter, page, size);
    Map<UUID, OffsetDateTime> firstSubmitted =
        repository.firstSubmittedAt(found.stream().map(s -> s.id).toList());
    Map<String, Period> periodsByCode = new LinkedHashMap<>();
    List<SubmissionSummary> items =
        found.stream()
            .map(
                s -> {
                  Period p = periodsByCode.computeIfAbsent(s.periodCode, periods::get);
                  return new SubmissionSummary(
                      s.id,
                      s.orgUnitCode,
                      s.periodCode,
                      s.status,
                      s.version,
                      s.returnReason,
                      Lateness.late(firstSubmittedAt(s, firstSubmitted), p.dueDate),
                      s.values.size(),
                      s.updatedAt,
                      s.updatedBy,
                      s.submittedAt);
                })
            .toList();
    return new SubmissionPage(items, page, size, repository.count(filter));
  }

  /**
   * Replaces all values of a DRAFT or RETURNED submission (reporter of its org unit), if the
   * caller's version is the current one.
   */
  public SubmissionResponse replaceValues(
      UUID id, Integer expectedVersion, ReplaceValuesRequest request) {
    Submission s = getForUpdate(id);
    user.requireReporterOf(s.orgUnitCode);
    Workflow.requireVersion(s, expectedVersion != null ? expectedVersion : request.version());
    if (!s.status.editable()) {
      throw new DomainException(
              ErrorCode.SUBMISSION_NOT_EDITABLE,
              "A " + s.status + " submission cannot be edited; only DRAFT or RETURNED ones can")
          .with("submissionStatus", s.status);
    }
    Period period = periods.get(s.periodCode);
    periods.requireAcceptingEntries(period, s.orgUnitCode);
    PlanCatalogue catalogue = indicators.catalogue(period.year);
    requireValid(request.values(), catalogue, s.orgUnitCode);
    Map<ValueKey, Figure> newValues = figures(request.values());
    List<ValueChange> changes = ValueRules.diff(currentFigures(s), newValues);
    if (!changes.isEmpty()) {
      apply(s, newValues);
      touch(s);
      record(s, SubmissionEvent.Action.VALUES_CHANGED, s.status, null, changes);
    }
    return toResponse(s, period, catalogue);
  }

  /**
   * Sends a DRAFT or RETURNED submission to so-ldtbxh (reporter of its org unit). Refused with the
   * list of what is missing unless {@code allowMissing}; a disaggregated indicator must always
   * carry every category.
   */
  public SubmissionResponse submit(UUID id, Integer expectedVersion, SubmitRequest request) {
    Submission s = getForUpdate(id);
    user.requireReporterOf(s.orgUnitCode);
    Workflow.requireVersion(s, expectedVersion);
    SubmissionStatus to = Workflow.require(WorkflowAction.SUBMIT, s);
    Period period = periods.get(s.periodCode);
    periods.requireAcceptingEntries(period, s.orgUnitCode);
    PlanCatalogue catalogue = indicators.catalogue(period.year);
    Set<ValueKey> present = currentFigures(s).keySet();
    List<String> partial = ValueRules.partiallyDisaggregated(present, catalogue, s.orgUnitCode);
    List<MissingValue> missing = ValueRules.missing(present, catalogue, s.orgUnitCode);
    if (!partial.isEmpty() || (!missing.isEmpty() && !request.allowsMissing())) {
      String detail =
          !partial.isEmpty()
              ? "Indicators " + String.join(", ", partial) + " need a value for every category"
              : missing.size()
                  + " expected values are missing; fill them in or submit with allowMissing";
      throw new DomainException(ErrorCode.SUBMISSION_INCOMPLETE, detail)
          .with("missing", missing)
          .with("partiallyDisaggregated", partial);
    }
    SubmissionStatus from = s.status;
    s.status = to;
    s.submittedAt = now();
    s.submittedBy = user.name();
    s.returnReason = null;
    touch(s);
    record(s, SubmissionEvent.Action.SUBMITTED, from, null, List.of());
    return toResponse(s, period, catalogue);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<HistoryEntry> history(UUID id) {
    get(id);
    return repository.history(id).stream().map(HistoryEntry::from).toList();
  }

  /**
   * A submission's figures for a comparison.
   *
   * @param basis which state of the figures these are
   * @param approvedAt when the figures were approved; null for LATEST
   */
  public record Report(
      UUID id,
      String orgUnit,
      String period,
      int year,
      SubmissionStatus status,
      FiguresBasis basis,
      OffsetDateTime approvedAt,
      Map<ValueKey, Figure> figures) {}

  /** A submission as it stands, and its org unit's report of the previous period, if any. */
  public record WithPrevious(Report current, Optional<Report> previous) {}

  /**
   * A submission the caller may see, as it stands, with its org unit's report of the latest earlier
   * period (by end date) in which the unit has one: that report's figures as last approved where it
   * ever was, else as they stand.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WithPrevious withPrevious(UUID id) {
    Submission s = get(id);
    Period period = periods.get(s.periodCode);
    boolean approved = s.status == SubmissionStatus.APPROVED;
    Report current =
        report(
            s,
            period.year,
            approved ? FiguresBasis.APPROVED : FiguresBasis.LATEST,
            approved ? s.reviewedAt : null,
            currentFigures(s));
    Optional<Report> previous =
        repository
            .latestEarlier(s.orgUnitCode, period.endDate, period.type.name())
            .flatMap(repository::findByIdOptional)
            .map(this::asApprovedIfEver);
    return new WithPrevious(current, previous);
  }

  private Report asApprovedIfEver(Submission s) {
    int year = periods.get(s.periodCode).year;
    Map<ValueKey, Figure> figures = currentFigures(s);
    if (s.status == SubmissionStatus.APPROVED) {
      return report(s, year, FiguresBasis.APPROVED, s.reviewedAt, figures);
    }
    List<SubmissionEvent> history = repository.history(s.id);
    return ApprovedFigures.asLastApproved(figures, history)
        .map(
            approved ->
                report(
                    s,
                    year,
                    FiguresBasis.APPROVED,
                    history.stream()
                        .filter(e -> e.action == SubmissionEvent.Action.APPROVED)
                        .reduce((a, b) -> b)
                        .map(e -> e.occurredAt)
                        .orElse(null),
                    approved))
        .orElseGet(() -> report(s, year, FiguresBasis.LATEST, null, figures));
  }

  private static Report report(
      Submission s,
      int year,
      FiguresBasis basis,
      OffsetDateTime approvedAt,
      Map<ValueKey, Figure> figures) {
    return new Report(
        s.id, s.orgUnitCode, s.periodCode, year, s.status, basis, approvedAt, figures);
  }

  /**
   * Applies a coordinator's move (approve, return, reopen) under the row lock, on the version the
   * coordinator saw; an approval by someone else than whoever created, changed or submitted it.
   */
  public SubmissionResponse review(
      UUID id, Integer expectedVersion, WorkflowAction action, String reason) {
    Submission s = getForUpdate(id);
    Workflow.requireVersion(s, expectedVersion);
    SubmissionStatus from = s.status;
    SubmissionStatus to = Workflow.require(action, s);
    if (action == WorkflowAction.APPROVE) {
      Workflow.requireOtherApprover(repository.history(s.id), user.actor());
    }
    s.status = to;
    s.reviewedAt = now();
    s.reviewedBy = user.name();
    if (reason != null) {
      s.returnReason = reason;
    }
    touch(s);
    SubmissionEvent.Action event =
        switch (action) {
          case APPROVE -> SubmissionEvent.Action.APPROVED;
          case RETURN -> SubmissionEvent.Action.RETURNED;
          case REOPEN -> SubmissionEvent.Action.REOPENED;
          case SUBMIT -> throw new IllegalArgumentException("submit is not a review move");
        };
    record(s, event, from, reason, List.of());
    return toResponse(s);
  }

  /** A submission as a bulk merge finds it: its id, status and figures by value key. */
  public record Stored(UUID id, SubmissionStatus status, Map<ValueKey, Figure> figures) {}

  /** Figures to merge into a pair's submission; {@code stored} is null where there is none yet. */
  public record Merge(SubmissionKey key, Stored stored, Map<ValueKey, Figure> figures) {}

  /** A submission after a merge. */
  public record Merged(
      SubmissionKey key, UUID id, SubmissionStatus status, int version, boolean created) {}

  /**
   * The submissions of these pairs with their figures, read in a few queries whatever their number;
   * pairs without one are absent. With {@code lock}, every pair's creation lock and every row found
   * are held until the transaction ends, each taken in a fixed order, so that concurrent writers
   * queue rather than lose updates or deadlock.
   */
  public Map<SubmissionKey, Stored> findForMerge(Collection<SubmissionKey> keys, boolean lock) {
    List<SubmissionKey> sorted = keys.stream().distinct().sorted().toList();
    if (lock) {
      repository.lockOrgUnitPeriods(sorted);
    }
    Map<SubmissionKey, UUID> ids = repository.idsOf(sorted);
    // rows first, figures after: what is read under the lock is what is current
    List<Submission> found = repository.findByIds(ids.values(), lock);
    Map<UUID, Map<ValueKey, Figure>> figures = repository.figuresOf(ids.values());
    Map<SubmissionKey, Stored> stored = new HashMap<>();
    for (Submission s : found) {
      stored.put(
          new SubmissionKey(s.orgUnitCode, s.periodCode),
          new Stored(s.id, s.status, figures.getOrDefault(s.id, Map.of())));
    }
    return stored;
  }

  /**
   * Merges figures into submissions under the locks of {@link #findForMerge}, as the current user:
   * a pair without a submission gets a DRAFT holding them (CREATED in its history); a DRAFT or
   * RETURNED one takes those that differ from its own and keeps the rest (VALUES_CHANGED, with
   * before and after; nothing when all are equal). With {@code submit} each is then submitted. The
   * caller has checked that the user may write them, the figures against the plan (ValueRules) and,
   * for a submit, that every disaggregated indicator has all its categories.
   */
  public List<Merged> merge(List<Merge> merges, boolean submit) {
    List<Merged> merged = new ArrayList<>();
    List<Submission> created = new ArrayList<>();
    List<SubmissionEvent> events = new ArrayList<>();
    Map<UUID, Map<ValueKey, Figure>> writes = new LinkedHashMap<>();
    for (Merge m : merges) {
      Submission s;
      boolean isNew = m.stored() == null;
      if (isNew) {
        OffsetDateTime now = now();
        s = new Submission();
        s.id = UUID.randomUUID();
        s.orgUnitCode = m.key().orgUnit();
        s.periodCode = m.key().period();
        s.status = SubmissionStatus.DRAFT;
        s.version = 1;
        s.createdAt = now;
        s.createdBy = user.name();
        s.updatedAt = now;
        s.updatedBy = user.name();
        created.add(s);
        events.add(
            event(
                s,
                SubmissionEvent.Action.CREATED,
                null,
                null,
                ValueRules.diff(Map.of(), m.figures())));
        writes.put(s.id, m.figures());
      } else {
        s = repository.findById(m.stored().id());
        if (!s.status.editable()) {
          throw new DomainException(
                  ErrorCode.SUBMISSION_NOT_EDITABLE,
                  "A " + s.status + " submission cannot be edited; only DRAFT or RETURNED ones can")
              .with("submissionStatus", s.status);
        }
        Map<ValueKey, Figure> before = m.stored().figures();
        Map<ValueKey, Figure> changed = new LinkedHashMap<>();
        m.figures()
            .forEach(
                (key, figure) -> {
                  if (!figure.sameAs(before.get(key))) {
                    changed.put(key, figure);
                  }
                });
        if (!changed.isEmpty()) {
          Map<ValueKey, Figure> after = new LinkedHashMap<>(before);
          after.putAll(changed);
          touch(s);
          events.add(
              event(
                  s,
                  SubmissionEvent.Action.VALUES_CHANGED,
                  s.status,
                  null,
                  ValueRules.diff(before, after)));
          writes.put(s.id, changed);
        }
      }
      if (submit) {
        SubmissionStatus from = s.status;
        s.status = Workflow.require(WorkflowAction.SUBMIT, s);
        s.submittedAt = now();
        s.submittedBy = user.name();
        s.returnReason = null;
        touch(s);
        events.add(event(s, SubmissionEvent.Action.SUBMITTED, from, null, List.of()));
      }
      merged.add(new Merged(m.key(), s.id, s.status, s.version, isNew));
    }
    // new submissions as written at the end, after their last change (a submit)
    repository.insertSubmissions(created);
    repository.insertEvents(events, events.stream().map(e -> write(e.changes)).toList());
    repository.upsertValues(writes);
    return merged;
  }

  /** The figures counted for attainment: values of submissions in the given statuses. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReportedFigure> figures(
      String period, Collection<String> orgUnits, Collection<SubmissionStatus> statuses) {
    return repository.figures(period, orgUnits, statuses);
  }

  /** Changes whenever a submission of the period or one of its values changes. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String stamp(String period) {
    return repository.stamp(period);
  }

  /** Status and first submission time of every submission of these periods. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SubmissionProgress> progress(Collection<String> periodCodes) {
    return repository.progress(periodCodes);
  }

  SubmissionResponse toResponse(Submission s) {
    Period period = periods.get(s.periodCode);
    return toResponse(s, period, indicators.catalogue(period.year));
  }

  private SubmissionResponse toResponse(Submission s, Period period, PlanCatalogue catalogue) {
    List<String> order = new ArrayList<>(catalogue.indicators().keySet());
    List<ValueResponse> values =
        s.values.stream()
            .sorted(
                java.util.Comparator.comparingInt(
                        (SubmissionValue v) -> order.indexOf(v.indicatorCode))
                    .thenComparing(v -> v.categoryKey))
            .map(
                v -> {
                  IndicatorDefinition def = catalogue.indicators().get(v.indicatorCode);
                  return new ValueResponse(
                      v.indicatorCode,
                      v.key().disaggregation(),
                      v.numerator,
                      v.denominator,
                      v.flag,
                      def == null ? null : def.valueOf(v.numerator, v.denominator));
                })
            .toList();
    return new SubmissionResponse(
        s.id,
        s.orgUnitCode,
        s.periodCode,
        s.status,
        s.version,
        s.returnReason,
        Lateness.late(
            firstSubmittedAt(s, repository.firstSubmittedAt(List.of(s.id))), period.dueDate),
        values,
        ValueRules.missing(currentFigures(s).keySet(), catalogue, s.orgUnitCode),
        s.createdAt,
        s.createdBy,
        s.updatedAt,
        s.updatedBy,
        s.submittedAt,
        s.submittedBy,
        s.reviewedAt,
        s.reviewedBy);
  }

  /**
   * The first submission of {@code s}: its earliest SUBMITTED event, else its submission time (an
   * event not yet written, or a row older than its history).
   */
  private static OffsetDateTime firstSubmittedAt(Submission s, Map<UUID, OffsetDateTime> first) {
    OffsetDateTime event = first.get(s.id);
    return event != null ? event : s.submittedAt;
  }

  private void requireValid(List<ValueInput> values, PlanCatalogue catalogue, String orgUnit) {
    var errors = ValueRules.validate(values, catalogue, orgUnit);
    if (!errors.isEmpty()) {
      throw new DomainException(
          ErrorCode.VALUES_INVALID,
          errors.size()
              + (errors.size() == 1 ? " value breaks" : " values break")
              + " the plan's rules",
          errors);
    }
  }

  private static Map<ValueKey, Figure> figures(List<ValueInput> values) {
    Map<ValueKey, Figure> map = new LinkedHashMap<>();
    for (ValueInput v : values) {
      map.put(ValueKey.of(v.indicator(), v.disaggregation()), v.figure());
    }
    return map;
  }

  private static Map<ValueKey, Figure> currentFigures(Submission s) {
    return s.values.stream()
        .collect(
            Collectors.toMap(
                SubmissionValue::key, SubmissionValue::figure, (a, b) -> a, LinkedHashMap::new));
  }

  /** Updates values in place, removes the ones not given and adds new ones. */
  private static void apply(Submission s, Map<ValueKey, Figure> newValues) {
    Map<ValueKey, SubmissionValue> existing =
        s.values.stream().collect(Collectors.toMap(SubmissionValue::key, v -> v));
    s.values.removeIf(v -> !newValues.containsKey(v.key()));
    newValues.forEach(
        (key, figure) -> {
          SubmissionValue v = existing.get(key);
          if (v == null) {
            v = new SubmissionValue();
            v.submission = s;
            v.indicatorCode = key.indicator();
            v.categoryKey = key.category();
            s.values.add(v);
          }
          v.numerator = figure.numerator();
          v.denominator = figure.denominator();
          v.flag = figure.flag();
        });
  }

  private void touch(Submission s) {
    s.version++;
    s.updatedAt = now();
    s.updatedBy = user.name();
  }

  private void record(
      Submission s,
      SubmissionEvent.Action action,
      SubmissionStatus from,
      String reason,
      List<ValueChange> changes) {
    repository.record(event(s, action, from, reason, changes));
  }

  /** A history entry of the submission as it is now. */
  private SubmissionEvent event(
      Submission s,
      SubmissionEvent.Action action,
      SubmissionStatus from,
      String reason,
      List<ValueChange> changes) {
    SubmissionEvent e = new SubmissionEvent();
    e.submissionId = s.id;
    e.occurredAt = s.updatedAt;
    e.actor = user.name();
    e.actorId = user.id();
    e.action = action;
    e.fromStatus = from;
    e.toStatus = s.status;
    e.version = s.version;
    e.reason = reason;
    e.changes = changes;
    return e;
  }

  /** Now by the application's clock, in UTC as stored. */
  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private UUID readId(String body) {
    try {
      return UUID.fromString(json.readTree(body).get("id").asText());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
