package vn.cantho.gep.common.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the columns of native query rows, whatever Java type the driver hands back. */
public final class NativeValues {
  private NativeValues() {}

  /** A timestamptz column as UTC, or null. */
  public static OffsetDateTime utc(Object time) {
    if (time == null) {
      return null;
    }
    if (time instanceof OffsetDateTime o) {
      return o.withOffsetSameInstant(ZoneOffset.UTC);
    }
    Instant instant = time instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) time;
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A date column, or null. */
  public static LocalDate date(Object day) {
    return day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day;
  }
}
