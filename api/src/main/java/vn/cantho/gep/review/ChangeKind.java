package vn.cantho.gep.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a value's change is measured. */
@Schema(
    name = "ChangeKind",
    description =
        "PERCENTAGE_POINTS: a share (unit %), current minus previous value."
            + " RELATIVE: any other number, (current - previous) / previous in percent."
            + " FLIP: a yes/no indicator, whether the answer changed.")
public enum ChangeKind {
  PERCENTAGE_POINTS,
  RELATIVE,
  FLIP
}
