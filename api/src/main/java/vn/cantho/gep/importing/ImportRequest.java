package vn.cantho.gep.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of an import: values for any number of org units and periods. */
@Schema(name = "ImportRequest")
public record ImportRequest(
    @Schema(required = true, description = "At most 50,000 values (gep.import-max-rows)")
        List<ImportValue> values) {}
