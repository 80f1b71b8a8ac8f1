package vn.cantho.gep.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovedFiguresTest {
  static Figure f(int n, int d) {
    return new Figure(BigDecimal.valueOf(n), BigDecimal.valueOf(d), null);
  }

  static SubmissionEvent event(SubmissionEvent.Action action, ValueChange... changes) {
    SubmissionEvent e = new SubmissionEvent();
    e.action = action;
    e.changes = new ArrayList<>(List.of(changes));
    return e;
  }

  @Test
  void neverApprovedHasNoApprovedFigures() {
    var history =
        List.of(
            event(SubmissionEvent.Action.CREATED, new ValueChange("1.1", null, null, f(1, 2))),
            event(SubmissionEvent.Action.SUBMITTED));
    assertThat(ApprovedFigures.asLastApproved(Map.of(new ValueKey("1.1", ""), f(1, 2)), history))
        .isEmpty();
  }

  @Test
  void undoesEveryChangeAfterTheLastApproval() {
    Map<ValueKey, Figure> current = new LinkedHashMap<>();
    current.put(new ValueKey("1.1", ""), f(9, 20));
    current.put(new ValueKey("5.2a", "sex=female"), f(50, 51));
    var history =
        List.of(
            event(
                SubmissionEvent.Action.CREATED,
                new ValueChange("1.1", null, null, f(1, 20)),
                new ValueChange("4.1", null, null, f(110, 100))),
            event(SubmissionEvent.Action.SUBMITTED),
            event(SubmissionEvent.Action.APPROVED),
            event(SubmissionEvent.Action.REOPENED),
            event(
                SubmissionEvent.Action.VALUES_CHANGED,
                new ValueChange("1.1", null, f(1, 20), f(5, 20)),
                new ValueChange("4.1", null, f(110, 100), null)),
            event(
                SubmissionEvent.Action.VALUES_CHANGED,
                new ValueChange("1.1", null, f(5, 20), f(9, 20)),
                new ValueChange("5.2a", Map.of("sex", "female"), null, f(50, 51))),
            event(SubmissionEvent.Action.SUBMITTED));

    Map<ValueKey, Figure> approved = ApprovedFigures.asLastApproved(current, history).orElseThrow();

    assertThat(approved).containsOnlyKeys(new ValueKey("1.1", ""), new ValueKey("4.1", ""));
    assertThat(approved.get(new ValueKey("1.1", "")).sameAs(f(1, 20))).isTrue();
    assertThat(approved.get(new ValueKey("4.1", "")).sameAs(f(110, 100))).isTrue();
  }

  @Test
  void approvedNowIsTheCurrentFigures() {
    var history =
        List.of(
            event(SubmissionEvent.Action.CREATED, new ValueChange("1.1", null, null, f(1, 2))),
            event(SubmissionEvent.Action.SUBMITTED),
            event(SubmissionEvent.Action.APPROVED));
    assertThat(
            ApprovedFigures.asLastApproved(Map.of(new ValueKey("1.1", ""), f(1, 2)), history)
                .orElseThrow())
        .containsOnlyKeys(new ValueKey("1.1", ""));
  }
}
