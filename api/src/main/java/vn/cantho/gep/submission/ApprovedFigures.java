package vn.cantho.gep.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submission's figures as they were when it was last approved, rebuilt from its history: the
 * changes recorded after the last approval are undone, newest first.
 */
public final class ApprovedFigures {
  private ApprovedFigures() {}

  /** The figures at the last APPROVED event, or empty when the submission was never approved. */
  public static Optional<Map<ValueKey, Figure>> asLastApproved(
      Map<ValueKey, Figure> current, List<SubmissionEvent> history) {
    int approval = -1;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).action == SubmissionEvent.Action.APPROVED) {
        approval = i;
      }
    }
    if (approval < 0) {
      return Optional.empty();
    }
    Map<ValueKey, Figure> figures = new LinkedHashMap<>(current);
    for (int i = history.size() - 1; i > approval; i--) {
      List<ValueChange> changes = history.get(i).changes;
      for (int c = changes == null ? -1 : changes.size() - 1; c >= 0; c--) {
        ValueChange change = changes.get(c);
        ValueKey key = ValueKey.of(change.indicator(), change.disaggregation());
        if (change.before() == null) {
          figures.remove(key);
        } else {
          figures.put(key, change.before());
        }
      }
    }
    return Optional.of(figures);
  }
}
