package vn.cantho.gep.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.cantho.gep.common.error.Echo;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldCode;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.indicator.Categories;
import vn.cantho.gep.indicator.PlanCatalogue;
import vn.cantho.gep.orgunit.OrgUnit;
import vn.cantho.gep.period.EntryState;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.submission.Figure;
import vn.cantho.gep.submission.MissingValue;
import vn.cantho.gep.submission.SubmissionKey;
import vn.cantho.gep.submission.SubmissionService.Stored;
import vn.cantho.gep.submission.SubmissionStatus;
import vn.cantho.gep.submission.ValueKey;
import vn.cantho.gep.submission.ValueRules;

/**
 * The rules of an import, as pure functions over the reference data. First each value on its own:
 * the names it gives, the caller's access to its org unit, its period, then the plan's rules for
 * its figure (those of a submission, {@link ValueRules}); a value given twice is rejected in every
 * copy. Then by submission (org unit and period): its values are written together or not at all,
 * only into a DRAFT or RETURNED submission and, to be submitted, only if every disaggregated
 * indicator then has all its categories (missing indicators are allowed, as with {@code
 * allowMissing}). A value is rejected with the first rule it breaks.
 */
public final class ImportRules {
  static final String SUBMISSION_REJECTED = "SUBMISSION_REJECTED";

  private ImportRules() {}

  /**
   * A value after the rules of its own: its submission, value key and figure, or its rejection. The
   * key is null only when the value names no org unit or no period.
   */
  record CheckedRow(
      ImportRow row, SubmissionKey key, ValueKey valueKey, Figure figure, RowOutcome rejection) {
    boolean rejected() {
      return rejection != null;
    }
  }

  /** The submissions whose every value passed, with those values; and the values rejected. */
  record Checked(Map<SubmissionKey, List<CheckedRow>> groups, List<RowOutcome> rejected) {}

  /**
   * One submission's part of an import: each value's outcome and, when accepted, the figures to
   * merge and the expected values it would still lack.
   */
  record Decision(
      SubmissionKey key,
      boolean accepted,
      Map<ValueKey, Figure> figures,
      List<RowOutcome> outcomes,
      List<MissingValue> missing) {

    ImportedSubmission toSubmission(UUID id, SubmissionStatus status, boolean created) {
      int[] counts = new int[ImportOutcome.values().length];
      outcomes.forEach(o -> counts[o.outcome().ordinal()]++);
      return new ImportedSubmission(
          key.orgUnit(),
          key.period(),
          id,
          status,
          created,
          counts[ImportOutcome.IMPORTED.ordinal()],
          counts[ImportOutcome.UPDATED.ordinal()],
          counts[ImportOutcome.IGNORED.ordinal()],
          missing);
    }
  }

  /** Checks every value on its own, then sets aside every submission that has a rejected one. */
  static Checked check(
      List<ImportRow> rows, ImportFormat format, ImportReference reference, ImportAccess access) {
    List<CheckedRow> checked = new ArrayList<>(rows.size());
    for (ImportRow row : rows) {
      checked.add(checkRow(row, format, reference, access));
    }
    rejectDuplicates(checked, format);

    Map<SubmissionKey, List<CheckedRow>> byKey = new LinkedHashMap<>();
    List<RowOutcome> rejected = new ArrayList<>();
    for (CheckedRow c : checked) {
      if (c.key() == null) {
        rejected.add(c.rejection());
      } else {
        byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<SubmissionKey, List<CheckedRow>> groups = new LinkedHashMap<>();
    byKey.forEach(
        (key, members) -> {
          List<CheckedRow> bad = members.stream().filter(CheckedRow::rejected).toList();
          if (bad.isEmpty()) {
            groups.put(key, members);
            return;
          }
          String message =
              "not written: the values of "
                  + key.orgUnit()
                  + " for "
                  + key.period()
                  + " are written together, and "
                  + (bad.size() == 1
                      ? format.describe(bad.get(0).row().position()) + " was rejected"
                      : bad.size()
                          + " of them were rejected, the first at "
                          + format.describe(bad.get(0).row().position()));
          for (CheckedRow c : members) {
            rejected.add(
                c.rejected()
                    ? c.rejection()
                    : RowOutcome.rejected(c.row(), SUBMISSION_REJECTED, message, null));
          }
        });
    return new Checked(groups, rejected);
  }

  /** The rules of one value, in order; the first it breaks rejects it. */
  static CheckedRow checkRow(
      ImportRow row, ImportFormat format, ImportReference reference, ImportAccess access) {
    ImportValue v = row.value();
    if (blank(v.orgUnit())) {
      return reject(row, null, FieldCode.REQUIRED.name(), "orgUnit is required", format, "orgUnit");
    }
    if (blank(v.period())) {
      return reject(row, null, FieldCode.REQUIRED.name(), "period is required", format, "period");
    }
    SubmissionKey key = new SubmissionKey(v.orgUnit(), v.period());
    if (blank(v.indicator())) {
      return reject(
          row, key, FieldCode.REQUIRED.name(), "indicator is required", format, "indicator");
    }
    OrgUnit orgUnit = reference.orgUnits().get(v.orgUnit());
    if (orgUnit == null) {
      return reject(
          row,
          key,
          ErrorCode.ORG_UNIT_NOT_FOUND.name(),
          "org unit " + Echo.of(v.orgUnit()) + " does not exist",
          format,
          "orgUnit");
    }
    if (!access.allows(orgUnit.code)) {
      return reject(
          row,
          key,
          ErrorCode.ORG_UNIT_FORBIDDEN.name(),
          access.refusal(orgUnit.code),
          format,
          "orgUnit");
    }
    Period period = reference.periods().get(v.period());
    if (period == null) {
      return reject(
          row,
          key,
          ErrorCode.PERIOD_NOT_FOUND.name(),
          "period " + Echo.of(v.period()) + " does not exist",
          format,
          "period");
    }
    if (!orgUnit.activeBetween(period.startDate, period.endDate)) {
      return reject(
          row,
          key,
          ErrorCode.ORG_UNIT_NOT_ACTIVE.name(),
          orgUnit.code + " did not exist during period " + period.code,
          format,
          "orgUnit");
    }
    PlanCatalogue catalogue = reference.catalogues().get(period.year);
    if (catalogue == null) {
      return reject(
          row,
          key,
          ErrorCode.PLAN_NOT_FOUND.name(),
          "there is no plan for " + period.year + ", the year of period " + period.code,
          format,
          "period");
    }
    EntryState state = reference.entryState().apply(period, orgUnit.code);
    if (state != EntryState.OPEN) {
      return reject(
          row,
          key,
          state.refusalCode().name(),
          "period " + period.code + " " + state.refusal(period) + "; nothing can be written",
          format,
          "period");
    }
    List<FieldError> broken = ValueRules.check(v.toInput(), catalogue, orgUnit.code, "");
    if (!broken.isEmpty()) {
      FieldError e = broken.get(0);
      String name = e.field().startsWith(".") ? e.field().substring(1) : e.field();
      return reject(row, key, e.code().name(), e.message(), format, name);
    }
    for (String name : List.of("numerator", "denominator")) {
      BigDecimal n = name.equals("numerator") ? v.numerator() : v.denominator();
      if (n != null && !ValueRules.storable(n)) {
        return reject(
            row,
            key,
            FieldCode.NUMBER_OUT_OF_RANGE.name(),
            name + " must be at most 10^15 with at most 6 decimals",
            format,
            name);
      }
    }
    return new CheckedRow(
        row,
        key,
        ValueKey.of(v.indicator(), v.disaggregation()),
        new Figure(v.numerator(), v.denominator(), v.flag()),
        null);
  }

  /**
   * One submission's values, all valid on their own, against what it holds: refused whole when it
   * is not editable, or when it is to be submitted and a disaggregated indicator would lack a
   * category; else each value is imported, updated or ignored.
   *
   * @param stored the submission as it is; null when there is none yet
   */
  static Decision decide(
      SubmissionKey key,
      List<CheckedRow> rows,
      Stored stored,
      PlanCatalogue catalogue,
      boolean submit) {
    if (stored != null && !stored.status().editable()) {
      return rejectAll(
          key,
          rows,
          ErrorCode.SUBMISSION_NOT_EDITABLE.name(),
          key.orgUnit()
              + "'s submission for "
              + key.period()
              + " is "
              + stored.status()
              + "; only a DRAFT or RETURNED one takes values");
    }
    Map<ValueKey, Figure> before = stored == null ? Map.of() : stored.figures();
    Map<ValueKey, Figure> figures = new LinkedHashMap<>();
    rows.forEach(r -> figures.put(r.valueKey(), r.figure()));
    Set<ValueKey> after = new HashSet<>(before.keySet());
    after.addAll(figures.keySet());
    if (submit) {
      List<String> partial = ValueRules.partiallyDisaggregated(after, catalogue, key.orgUnit());
      if (!partial.isEmpty()) {
        return rejectAll(
            key,
            rows,
            ErrorCode.SUBMISSION_INCOMPLETE.name(),
            "cannot submit "
                + key.orgUnit()
                + "'s submission for "
                + key.period()
                + ": indicator "
                + String.join(", ", partial)
                + " needs a value for every category");
      }
    }
    List<RowOutcome> outcomes = new ArrayList<>(rows.size());
    for (CheckedRow r : rows) {
      Figure prior = before.get(r.valueKey());
      ImportOutcome outcome =
          prior == null
              ? ImportOutcome.IMPORTED
              : prior.sameAs(r.figure()) ? ImportOutcome.IGNORED : ImportOutcome.UPDATED;
      outcomes.add(RowOutcome.of(r.row(), outcome));
    }
    return new Decision(
        key, true, figures, outcomes, ValueRules.missing(after, catalogue, key.orgUnit()));
  }

  /** Every copy of a value given more than once for the same submission is rejected. */
  private static void rejectDuplicates(List<CheckedRow> checked, ImportFormat format) {
    Map<Map.Entry<SubmissionKey, ValueKey>, List<Integer>> seen = new LinkedHashMap<>();
    for (int i = 0; i < checked.size(); i++) {
      CheckedRow c = checked.get(i);
      if (!c.rejected()) {
        seen.computeIfAbsent(Map.entry(c.key(), c.valueKey()), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> copies : seen.values()) {
      if (copies.size() < 2) {
        continue;
      }
      List<Integer> positions = copies.stream().map(i -> checked.get(i).row().position()).toList();
      for (int i : copies) {
        CheckedRow c = checked.get(i);
        ImportValue v = c.row().value();
        String message =
            "indicator "
                + v.indicator()
                + (v.disaggregation() == null || v.disaggregation().isEmpty()
                    ? ""
                    : " (" + Categories.key(v.disaggregation()) + ")")
                + " of "
                + c.key().orgUnit()
                + " for "
                + c.key().period()
                + " is given more than once: at "
                + format.describe(positions);
        checked.set(
            i,
            new CheckedRow(
                c.row(),
                c.key(),
                c.valueKey(),
                c.figure(),
                RowOutcome.rejected(
                    c.row(),
                    FieldCode.DUPLICATE_VALUE.name(),
                    message,
                    format.field(c.row().position(), ""))));
      }
    }
  }

  private static Decision rejectAll(
      SubmissionKey key, List<CheckedRow> rows, String code, String message) {
    List<RowOutcome> outcomes =
        rows.stream().map(r -> RowOutcome.rejected(r.row(), code, message, null)).toList();
    return new Decision(key, false, Map.of(), outcomes, List.of());
  }

  private static CheckedRow reject(
      ImportRow row,
      SubmissionKey key,
      String code,
      String message,
      ImportFormat format,
      String name) {
    return new CheckedRow(
        row,
        key,
        null,
        null,
        RowOutcome.rejected(row, code, message, format.field(row.position(), name)));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
