package vn.cantho.gep.submission;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value's change in the history: before is null when added, after is null when removed. */
@Schema(name = "ValueChange")
public record ValueChange(
    @Schema(example = "1.1") String indicator,
    @Schema(nullable = true, example = "{\"sex\": \"female\"}") Map<String, String> disaggregation,
    @Schema(nullable = true) Figure before,
    @Schema(nullable = true) Figure after) {}
