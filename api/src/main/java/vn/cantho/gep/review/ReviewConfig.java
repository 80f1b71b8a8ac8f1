package vn.cantho.gep.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Thresholds of the review's large-change flags, under {@code gep.review.}. */
@ConfigMapping(prefix = "gep.review")
public interface ReviewConfig {
  /** A share (unit %) that moved by at least this many percentage points is flagged. */
  @WithDefault("10")
  BigDecimal sharePoints();

  /** Any other number that moved by at least this percentage of its previous value is flagged. */
  @WithDefault("50")
  BigDecimal relativePercent();

  default ChangeRules.Thresholds thresholds() {
    return new ChangeRules.Thresholds(sharePoints(), relativePercent());
  }
}
