package vn.cantho.gep.submission;

import java.math.BigDecimal;

/**
 * One org unit's figure for an indicator and category, as stored in a submission of a given status.
 */
public record ReportedFigure(
    String orgUnit,
    String indicator,
    String categoryKey,
    BigDecimal numerator,
    BigDecimal denominator,
    Boolean flag) {}
