package vn.cantho.gep.common.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A failure with a stable {@link ErrorCode}, turned into an RFC 9457 problem at the edge. */
public class DomainException extends RuntimeException {
  private final ErrorCode code;
  private final List<FieldError> errors;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public DomainException(ErrorCode code, String detail) {
    this(code, detail, List.of());
  }

  public DomainException(ErrorCode code, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  /** Adds a problem extension member, e.g. the id of the submission a conflict is about. */
  public DomainException with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  public ErrorCode code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }

  public static DomainException notFound(ErrorCode code, String what) {
    return new DomainException(code, what + " does not exist");
  }
}
