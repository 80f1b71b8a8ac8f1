package vn.cantho.gep.period;

import java.time.LocalDate;
import java.util.List;

/**
 * A period every plan year has: reports reach so-ldtbxh before 10 June for the first half year and
 * before 10 December for the whole year (plan section V.17).
 */
public record StandardPeriod(
    String code, PeriodType type, LocalDate start, LocalDate end, LocalDate due) {

  /** The first half year (YYYYS1) and the whole year (YYYY) of a plan year. */
  public static List<StandardPeriod> of(int year) {
    return List.of(
        new StandardPeriod(
            year + "S1",
            PeriodType.SIX_MONTHLY,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 6, 30),
            LocalDate.of(year, 6, 10)),
        new StandardPeriod(
            String.valueOf(year),
            PeriodType.YEARLY,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            LocalDate.of(year, 12, 10)));
  }
}
