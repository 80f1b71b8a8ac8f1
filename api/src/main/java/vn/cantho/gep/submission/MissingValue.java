package vn.cantho.gep.submission;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expected value that a submission does not carry. */
@Schema(name = "MissingValue")
public record MissingValue(
    @Schema(example = "5.2a") String indicator,
    @Schema(nullable = true, example = "{\"sex\": \"male\"}") Map<String, String> disaggregation) {}
