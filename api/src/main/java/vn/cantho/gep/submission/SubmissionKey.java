package vn.cantho.gep.submission;

import java.util.Comparator;

/** An org unit and a period: what names a submission, since each pair has at most one. */
public record SubmissionKey(String orgUnit, String period) implements Comparable<SubmissionKey> {
  private static final Comparator<SubmissionKey> ORDER =
      Comparator.comparing(SubmissionKey::orgUnit).thenComparing(SubmissionKey::period);

  /** The name of the pair's creation lock, shared by every writer that may create it. */
  String lockName() {
    return "submission:" + orgUnit + "/" + period;
  }

  @Override
  public int compareTo(SubmissionKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return orgUnit + "/" + period;
  }
}
