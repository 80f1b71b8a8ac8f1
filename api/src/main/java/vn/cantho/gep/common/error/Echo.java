package vn.cantho.gep.common.error;

/** Untrusted input as a message may repeat it: at most {@value #MAX_LENGTH} characters of it. */
public final class Echo {
  /** Characters of an input a message repeats; the rest becomes an ellipsis. */
  public static final int MAX_LENGTH = 40;

  private Echo() {}

  /** The text itself when short, else its first {@value #MAX_LENGTH} characters and "…". */
  public static String of(String untrusted) {
    if (untrusted == null) {
      return "null";
    }
    if (untrusted.length() <= MAX_LENGTH) {
      return untrusted;
    }
    int end = MAX_LENGTH;
    if (Character.isHighSurrogate(untrusted.charAt(end - 1))) {
      end--;
    }
    return untrusted.substring(0, end) + "…";
  }
}
