package vn.cantho.gep.audit;

import java.time.LocalDate;

/**
 * What the audit log is searched for; a null member matches everything.
 *
 * @param actor a name (any case) or a stable identity (token subject)
 * @param planYear the year of {@code period}, which selects that year's target changes and the
 *     start of that plan year
 * @param from first day included
 * @param to last day included
 * @param text words found in the actor, org unit, period, reason or changed values
 */
public record AuditFilter(
    String actor,
    String orgUnit,
    String period,
    Integer planYear,
    String indicator,
    AuditEntry.AuditAction action,
    LocalDate from,
    LocalDate to,
    String text) {}
