package vn.cantho.gep.common.web;

import jakarta.ws.rs.core.EntityTag;

/** Submission versions as entity tags: version 3 is the strong tag "3". */
public final class ETags {
  /** How every workflow move (submit, approve, return, reopen) names the version its caller saw. */
  public static final String MOVE_IF_MATCH =
      "The version you saw, as the submission's ETag gives it (\"3\"; W/\"3\" and 3 are read"
          + " too). Required: none, or *, is 428 PRECONDITION_REQUIRED; a stale one 409"
          + " VERSION_CONFLICT with `currentVersion`. A move reads the version from this header"
          + " only, never from a body.";

  private ETags() {}

  public static EntityTag of(int version) {
    return new EntityTag(Integer.toString(version));
  }

  /**
   * The version named by an If-Match header: {@code "3"}, {@code W/"3"} or {@code 3}; null when the
   * header is absent or {@code *} (which names no version the caller saw, so counts as absent).
   */
  public static Integer version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Integer.parseInt(tag);
    } catch (NumberFormatException e) {
      throw Params.invalid("If-Match", "must carry the submission's version, e.g. \"3\"");
    }
  }
}
