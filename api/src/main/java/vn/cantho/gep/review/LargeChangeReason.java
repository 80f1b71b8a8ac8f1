package vn.cantho.gep.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a change is flagged as large. */
@Schema(
    name = "LargeChangeReason",
    description =
        "SHARE_POINTS: a share moved by at least gep.review.share-points percentage points."
            + " RELATIVE_CHANGE: a number moved by at least gep.review.relative-percent percent of"
            + " its previous value. FROM_ZERO: a number was 0 and is not any more."
            + " FLAG_FLIPPED: a yes/no answer changed.")
public enum LargeChangeReason {
  SHARE_POINTS,
  RELATIVE_CHANGE,
  FROM_ZERO,
  FLAG_FLIPPED
}
