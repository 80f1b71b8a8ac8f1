package vn.cantho.gep.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkflowActionTest {

  /** The whole transition table: every action from every status. */
  @ParameterizedTest(name = "{0} from {1} -> {2}")
  @CsvSource({
    "SUBMIT, DRAFT, SUBMITTED",
    "SUBMIT, RETURNED, SUBMITTED",
    "SUBMIT, SUBMITTED, ",
    "SUBMIT, APPROVED, ",
    "APPROVE, SUBMITTED, APPROVED",
    "APPROVE, DRAFT, ",
    "APPROVE, RETURNED, ",
    "APPROVE, APPROVED, ",
    "RETURN, SUBMITTED, RETURNED",
    "RETURN, DRAFT, ",
    "RETURN, RETURNED, ",
    "RETURN, APPROVED, ",
    "REOPEN, APPROVED, RETURNED",
    "REOPEN, DRAFT, ",
    "REOPEN, SUBMITTED, ",
    "REOPEN, RETURNED, ",
  })
  void transitions(WorkflowAction action, SubmissionStatus from, SubmissionStatus to) {
    assertThat(action.from(from)).isEqualTo(Optional.ofNullable(to));
  }

  @ParameterizedTest
  @CsvSource({"DRAFT, true", "RETURNED, true", "SUBMITTED, false", "APPROVED, false"})
  void onlyTheReportersStatusesAreEditable(SubmissionStatus status, boolean editable) {
    assertThat(status.editable()).isEqualTo(editable);
  }
}
