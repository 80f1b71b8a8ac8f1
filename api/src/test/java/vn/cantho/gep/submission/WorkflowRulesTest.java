package vn.cantho.gep.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cantho.gep.submission.SubmissionEvent.Action.APPROVED;
import static vn.cantho.gep.submission.SubmissionEvent.Action.CREATED;
import static vn.cantho.gep.submission.SubmissionEvent.Action.REOPENED;
import static vn.cantho.gep.submission.SubmissionEvent.Action.RETURNED;
import static vn.cantho.gep.submission.SubmissionEvent.Action.SUBMITTED;
import static vn.cantho.gep.submission.SubmissionEvent.Action.VALUES_CHANGED;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.security.Actor;

/** The version every move must name, and four eyes: who may approve, from the history alone. */
class WorkflowRulesTest {
  static final Actor REPORTER = new Actor("sub-r", "reporter.ninh-kieu");
  static final Actor A = new Actor("sub-a", "coordinator.a");
  static final Actor B = new Actor("sub-b", "coordinator.b");

  @Test
  void aMoveWithoutAVersionIsPreconditionRequired() {
    assertThatThrownBy(() -> Workflow.requireVersion(at(3), null))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(ErrorCode.PRECONDITION_REQUIRED);
  }

  @Test
  void aMoveOnAnotherVersionIsAConflictNamingTheCurrentOne() {
    assertThatThrownBy(() -> Workflow.requireVersion(at(6), 3))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.VERSION_CONFLICT);
              assertThat(e.extensions()).containsEntry("currentVersion", 6);
            });
    assertThatNoException().isThrownBy(() -> Workflow.requireVersion(at(6), 6));
  }

  @Test
  void theReporterWhoCreatedAndSubmittedLeavesAnyCoordinatorFree() {
    List<SubmissionEvent> history = history(by(REPORTER, CREATED), by(REPORTER, SUBMITTED));
    assertThat(Workflow.ownPart(history, A)).isEmpty();
    assertThat(Workflow.ownPart(history, REPORTER)).containsExactly(CREATED, SUBMITTED);
  }

  @Test
  void theCreatorMayNeverApprove() {
    List<SubmissionEvent> history =
        history(
            by(A, CREATED),
            by(B, SUBMITTED),
            by(B, APPROVED),
            by(B, REOPENED),
            by(REPORTER, VALUES_CHANGED),
            by(REPORTER, SUBMITTED));
    assertThat(Workflow.ownPart(history, A)).containsExactly(CREATED);
    assertThatThrownBy(() -> Workflow.requireOtherApprover(history, A))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.SELF_APPROVAL_FORBIDDEN);
              assertThat(e.getMessage()).contains("created");
            });
  }

  @Test
  void aChangeSinceTheLastApprovalCountsAnEarlierOneDoesNot() {
    List<SubmissionEvent> changedBeforeApproval =
        history(
            by(REPORTER, CREATED),
            by(REPORTER, SUBMITTED),
            by(B, RETURNED),
            by(A, VALUES_CHANGED),
            by(REPORTER, VALUES_CHANGED),
            by(REPORTER, SUBMITTED));
    // A's change is not the last one, but it is in the figures up for approval
    assertThat(Workflow.ownPart(changedBeforeApproval, A)).containsExactly(VALUES_CHANGED);
    assertThat(Workflow.ownPart(changedBeforeApproval, B)).isEmpty();

    List<SubmissionEvent> approvedSince = new ArrayList<>(changedBeforeApproval);
    approvedSince.addAll(
        history(
            by(B, APPROVED),
            by(B, REOPENED),
            by(REPORTER, VALUES_CHANGED),
            by(REPORTER, SUBMITTED)));
    assertThat(Workflow.ownPart(approvedSince, A)).isEmpty();
  }

  @Test
  void onlyTheLastSubmissionCounts() {
    List<SubmissionEvent> history =
        history(by(REPORTER, CREATED), by(A, SUBMITTED), by(B, RETURNED), by(REPORTER, SUBMITTED));
    assertThat(Workflow.ownPart(history, A)).isEmpty();
    assertThat(Workflow.ownPart(history, REPORTER)).containsExactly(CREATED, SUBMITTED);
  }

  @Test
  void returningOrReopeningIsNoPartInTheFigures() {
    List<SubmissionEvent> history =
        history(
            by(REPORTER, CREATED),
            by(REPORTER, SUBMITTED),
            by(A, RETURNED),
            by(REPORTER, SUBMITTED),
            by(A, APPROVED),
            by(A, REOPENED),
            by(REPORTER, SUBMITTED));
    assertThat(Workflow.ownPart(history, A)).isEmpty();
  }

  @Test
  void peopleAreComparedByIdAndOnlyEntriesWithoutOneByName() {
    Actor sameNameOtherPerson = new Actor("sub-a2", A.name());
    List<SubmissionEvent> recorded = history(by(A, CREATED), by(A, SUBMITTED));
    assertThat(Workflow.ownPart(recorded, sameNameOtherPerson)).isEmpty();
    assertThat(Workflow.ownPart(recorded, new Actor(A.id(), "renamed"))).hasSize(2);

    SubmissionEvent legacy = by(new Actor(null, A.name()), CREATED);
    assertThat(Workflow.ownPart(history(legacy), sameNameOtherPerson)).containsExactly(CREATED);
  }

  private static Submission at(int version) {
    Submission s = new Submission();
    s.version = version;
    s.status = SubmissionStatus.SUBMITTED;
    return s;
  }

  private static SubmissionEvent by(Actor actor, SubmissionEvent.Action action) {
    SubmissionEvent e = new SubmissionEvent();
    e.actor = actor.name();
    e.actorId = actor.id();
    e.action = action;
    return e;
  }

  private static List<SubmissionEvent> history(SubmissionEvent... events) {
    return List.of(events);
  }
}
