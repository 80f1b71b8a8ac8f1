package vn.cantho.gep.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cantho.gep.common.security.CurrentUser;
import vn.cantho.gep.common.security.Roles;
import vn.cantho.gep.importing.ImportRules.Checked;
import vn.cantho.gep.importing.ImportRules.Decision;
import vn.cantho.gep.indicator.IndicatorService;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.orgunit.OrgUnitService;
import vn.cantho.gep.period.EntryState;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.period.PeriodService;
import vn.cantho.gep.submission.IdempotencyRepository;
import vn.cantho.gep.submission.SubmissionKey;
import vn.cantho.gep.submission.SubmissionService;
import vn.cantho.gep.submission.SubmissionService.Merge;
import vn.cantho.gep.submission.SubmissionService.Merged;
import vn.cantho.gep.submission.SubmissionService.Stored;
import vn.cantho.gep.submission.SubmissionStatus;

/**
 * Imports values for many org units and periods in one request, merging each into its submission.
 *
 * <p>One transaction holds the whole request: the Idempotency-Key's claim first, then the locks of
 * every submission touched (see {@link SubmissionService#findForMerge}), the writes, and the
 * receipt last. Every rule is decided before anything is written, so a submission with a rejected
 * value is simply left out while the others are written; and since all commits together or not at
 * all, a crash or a retry can neither leave a submission half-written nor write it twice.
 */
@ApplicationScoped
@Transactional
public class ImportService {
  static final String OPERATION = "importValues";

  @Inject SubmissionService submissions;
  @Inject IdempotencyRepository idempotency;
  @Inject OrgUnitService orgUnits;
  @Inject PeriodService periods;
  @Inject IndicatorService indicators;
  @Inject CurrentUser user;
  @Inject ObjectMapper json;

  /** The import's answer as JSON, and whether it replays the answer to an earlier request. */
  public record Answer(String body, boolean replayed) {}

  /** What an Idempotency-Key stands for: the values and what was asked of them. */
  record Fingerprint(ImportFormat format, boolean submit, List<ImportValue> values) {}

  /**
   * Imports the values (or with {@code dryRun} works out and reports what importing them would do,
   * writing nothing). With {@code submit}, each submission written into is then submitted. With an
   * Idempotency-Key, a repeat of the same request gets the first answer and writes nothing; the key
   * with another request is 422. A dry run neither uses nor uses up a key.
   */
  public Answer importValues(
      ImportBatch batch, boolean dryRun, boolean submit, String idempotencyKey) {
    boolean keyed = idempotencyKey != null && !dryRun;
    if (keyed) {
      var prior =
          idempotency.replayOrClaim(
              user.actor(),
              idempotencyKey,
              OPERATION,
              new Fingerprint(batch.format(), submit, batch.values()));
      if (prior.isPresent()) {
        return new Answer(prior.get().body(), true);
      }
    }

    ImportReference reference = reference(batch);
    Checked checked = ImportRules.check(batch.rows(), batch.format(), reference, access());
    Map<SubmissionKey, Stored> stored =
        submissions.findForMerge(checked.groups().keySet(), !dryRun);
    List<RowOutcome> outcomes = new ArrayList<>(checked.rejected());
    List<Decision> accepted = new ArrayList<>();
    checked
        .groups()
        .forEach(
            (key, rows) -> {
              int year = reference.periods().get(key.period()).year;
              Decision d =
                  ImportRules.decide(
                      key, rows, stored.get(key), reference.catalogues().get(year), submit);
              outcomes.addAll(d.outcomes());
              if (d.accepted()) {
                accepted.add(d);
              }
            });

    List<ImportedSubmission> written = new ArrayList<>();
    if (dryRun) {
      for (Decision d : accepted) {
        Stored s = stored.get(d.key());
        SubmissionStatus status =
            submit ? SubmissionStatus.SUBMITTED : s == null ? SubmissionStatus.DRAFT : s.status();
        written.add(d.toSubmission(s == null ? null : s.id(), status, s == null));
      }
    } else {
      List<Merged> merged =
          submissions.merge(
              accepted.stream()
                  .map(d -> new Merge(d.key(), stored.get(d.key()), d.figures()))
                  .toList(),
              submit);
      for (int i = 0; i < accepted.size(); i++) {
        Merged m = merged.get(i);
        written.add(accepted.get(i).toSubmission(m.id(), m.status(), m.created()));
      }
    }

    String body = write(ImportSummary.of(batch.format(), dryRun, outcomes, written));
    if (keyed) {
      idempotency.complete(user.actor(), idempotencyKey, 200, body);
    }
    return new Answer(body, false);
  }

  /** A coordinator imports for any org unit; a reporter for the one their token names. */
  private ImportAccess access() {
    if (user.is(Roles.COORDINATOR)) {
      return ImportAccess.coordinator();
    }
    return ImportAccess.reporterOf(user.is(Roles.REPORTER) ? user.orgUnit().orElse(null) : null);
  }

  /** Org units and periods, and the plan catalogue of each year the import names: once each. */
  private ImportReference reference(ImportBatch batch) {
    Map<String, OrgUnit> units =
        orgUnits.list(null, null, null).stream()
            .collect(Collectors.toMap(o -> o.code, Function.identity()));
    Map<String, Period> periodsByCode =
        periods.list(null, null, null).stream()
            .collect(Collectors.toMap(p -> p.code, Function.identity()));
    Set<Integer> planYears =
        indicators.plans().stream().map(p -> p.year).collect(Collectors.toSet());
    Map<Integer, PlanCatalogue> catalogues = new TreeMap<>();
    for (ImportRow row : batch.rows()) {
      Period p = row.value().period() == null ? null : periodsByCode.get(row.value().period());
      if (p != null && planYears.contains(p.year) && !catalogues.containsKey(p.year)) {
        catalogues.put(p.year, indicators.catalogue(p.year));
      }
    }
    java.time.LocalDate today = periods.today();
    Map<String, java.time.LocalDate> exceptions = periods.exceptionDays();
    return new ImportReference(
        units,
        periodsByCode,
        catalogues,
        (period, orgUnit) ->
            EntryState.forUnit(
                period, today, exceptions.get(PeriodService.unitPeriodKey(orgUnit, period.code))));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
