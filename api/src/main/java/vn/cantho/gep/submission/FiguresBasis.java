package vn.cantho.gep.submission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which state of a submission's figures a comparison uses. */
@Schema(
    name = "FiguresBasis",
    description =
        "APPROVED: the figures as so-ldtbxh last approved them (also when the submission was"
            + " reopened since). LATEST: the figures as they stand; they were never approved.")
public enum FiguresBasis {
  APPROVED,
  LATEST
}
