package vn.cantho.gep.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.common.error.ErrorCode;

/** The entry window, the manual close and the per-unit exception. */
class EntryStateTest {
  static Period period(boolean open, LocalDate opensOn, LocalDate closesOn) {
    Period p = new Period();
    p.code = "2024S1";
    p.startDate = LocalDate.of(2024, 1, 1);
    p.endDate = LocalDate.of(2024, 6, 30);
    p.dueDate = LocalDate.of(2024, 6, 10);
    p.open = open;
    p.opensOn = opensOn;
    p.closesOn = closesOn;
    return p;
  }

  static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
  static final LocalDate JUNE_20 = LocalDate.of(2024, 6, 20);

  @Test
  void withoutAWindowAnOpenPeriodTakesFiguresFromItsStart() {
    Period p = period(true, null, null);
    assertThat(p.effectiveOpensOn()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(EntryState.of(p, LocalDate.of(2023, 12, 31))).isEqualTo(EntryState.NOT_YET_OPEN);
    assertThat(EntryState.of(p, LocalDate.of(2024, 1, 1))).isEqualTo(EntryState.OPEN);
    assertThat(EntryState.of(p, LocalDate.of(2030, 1, 1))).isEqualTo(EntryState.OPEN);
  }

  @Test
  void theWindowIncludesItsFirstAndLastDay() {
    Period p = period(true, MAY_1, JUNE_20);
    assertThat(EntryState.of(p, MAY_1.minusDays(1))).isEqualTo(EntryState.NOT_YET_OPEN);
    assertThat(EntryState.of(p, MAY_1)).isEqualTo(EntryState.OPEN);
    assertThat(EntryState.of(p, JUNE_20)).isEqualTo(EntryState.OPEN);
    assertThat(EntryState.of(p, JUNE_20.plusDays(1))).isEqualTo(EntryState.WINDOW_ENDED);
  }

  @Test
  void aManualCloseWinsOverTheWindow() {
    assertThat(EntryState.of(period(false, MAY_1, JUNE_20), JUNE_20)).isEqualTo(EntryState.CLOSED);
  }

  @Test
  void anExceptionLetsOneUnitWriteUntilItsLastDay() {
    Period p = period(false, MAY_1, JUNE_20);
    LocalDate until = LocalDate.of(2024, 6, 25);
    assertThat(EntryState.accepts(p, until, until)).isTrue();
    assertThat(EntryState.accepts(p, until.plusDays(1), until)).isFalse();
    assertThat(EntryState.accepts(p, until, null)).isFalse();
    assertThat(EntryState.accepts(period(true, MAY_1, JUNE_20), JUNE_20, null)).isTrue();
  }

  @Test
  void forOneUnitAnExceptionOpensThePeriodElseTheReasonStands() {
    Period closed = period(false, MAY_1, JUNE_20);
    LocalDate until = LocalDate.of(2024, 6, 25);
    assertThat(EntryState.forUnit(closed, until, until)).isEqualTo(EntryState.OPEN);
    assertThat(EntryState.forUnit(closed, until, null)).isEqualTo(EntryState.CLOSED);
    Period window = period(true, MAY_1, JUNE_20);
    assertThat(EntryState.forUnit(window, MAY_1.minusDays(1), null))
        .isEqualTo(EntryState.NOT_YET_OPEN);
    assertThat(EntryState.forUnit(window, JUNE_20.plusDays(1), null))
        .isEqualTo(EntryState.WINDOW_ENDED);
  }

  @Test
  void notYetOpenHasItsOwnCodeTheOthersAreClosed() {
    Period p = period(true, MAY_1, JUNE_20);
    assertThat(EntryState.NOT_YET_OPEN.refusalCode()).isEqualTo(ErrorCode.PERIOD_NOT_YET_OPEN);
    assertThat(EntryState.NOT_YET_OPEN.refusal(p)).isEqualTo("opens for entry on 2024-05-01");
    assertThat(EntryState.CLOSED.refusalCode()).isEqualTo(ErrorCode.PERIOD_CLOSED);
    assertThat(EntryState.WINDOW_ENDED.refusalCode()).isEqualTo(ErrorCode.PERIOD_CLOSED);
    assertThat(EntryState.WINDOW_ENDED.refusal(p)).isEqualTo("closed for entry after 2024-06-20");
  }
}
