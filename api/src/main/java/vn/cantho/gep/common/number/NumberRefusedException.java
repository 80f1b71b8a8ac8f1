package vn.cantho.gep.common.number;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON number refused by its {@link DecimalBound}; Jackson adds the path of the field, and the
 * problem mapper names it. The message says what the field allows and never repeats the number.
 */
public final class NumberRefusedException extends JsonMappingException {
  private final DecimalBound.Reason reason;

  public NumberRefusedException(JsonParser parser, DecimalBound.Refused refused) {
    super(parser, refused.getMessage());
    this.reason = refused.reason();
  }

  public DecimalBound.Reason reason() {
    return reason;
  }

  /** What the field allows, e.g. "must be a number with at most 18 digits before ...". */
  public String rule() {
    return getOriginalMessage();
  }
}
