package vn.cantho.gep.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A submission is late when its first submission came after the due date, Vietnam time. */
class LatenessTest {
  static final LocalDate DUE = LocalDate.of(2024, 6, 10);

  @Test
  void theDueDateEndsAtMidnightInVietnam() {
    assertThat(Lateness.late(OffsetDateTime.parse("2024-06-10T16:59:59Z"), DUE)).isFalse();
    assertThat(Lateness.late(OffsetDateTime.parse("2024-06-10T17:00:00Z"), DUE)).isTrue();
    assertThat(Lateness.late(OffsetDateTime.parse("2024-06-09T23:00:00+07:00"), DUE)).isFalse();
  }

  @Test
  void neverSubmittedIsNotLate() {
    assertThat(Lateness.late(null, DUE)).isFalse();
  }

  @Test
  void theDueDateItselfIsNotPastDue() {
    assertThat(Lateness.pastDue(DUE, DUE)).isFalse();
    assertThat(Lateness.pastDue(DUE.plusDays(1), DUE)).isTrue();
    assertThat(Lateness.pastDue(null, DUE)).isFalse();
  }

  @Test
  void aDayIsReadInVietnam() {
    assertThat(Lateness.dayOf(OffsetDateTime.parse("2024-06-10T17:00:00Z")))
        .isEqualTo(DUE.plusDays(1));
    assertThat(Lateness.dayOf(null)).isNull();
  }
}
