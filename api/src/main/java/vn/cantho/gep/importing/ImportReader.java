package vn.cantho.gep.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldCode;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.config.GepConfig;

/**
 * Reads an import body, JSON or CSV, into numbered values. A body that cannot be read is a 400 (a
 * JSON one through the API's usual JSON problems, naming the field); one with more values than
 * {@code gep.import-max-rows} is a 413.
 */
@ApplicationScoped
public class ImportReader {
  @Inject ObjectMapper json;
  @Inject GepConfig config;

  public ImportBatch read(MediaType type, String body) throws JsonProcessingException {
    ImportFormat format = ImportFormat.of(type);
    List<ImportValue> values =
        format == ImportFormat.CSV
            ? ImportCsv.parse(body, config.importMaxRows())
            : readJson(body, config.importMaxRows());
    return ImportBatch.of(format, values);
  }

  static DomainException tooLarge(int maxRows) {
    return new DomainException(
            ErrorCode.IMPORT_TOO_LARGE,
            "An import takes at most " + maxRows + " values; split this one into several")
        .with("maxRows", maxRows);
  }

  private List<ImportValue> readJson(String body, int maxRows) throws JsonProcessingException {
    ImportRequest request =
        body == null || body.isBlank() ? null : json.readValue(body, ImportRequest.class);
    if (request == null) {
      throw invalid("body", "a JSON body is required");
    }
    if (request.values() == null) {
      throw invalid("values", "values is required");
    }
    if (request.values().size() > maxRows) {
      throw tooLarge(maxRows);
    }
    for (int i = 0; i < request.values().size(); i++) {
      if (request.values().get(i) == null) {
        throw invalid("values[" + i + "]", "values[" + i + "] must be a value, not null");
      }
    }
    return request.values();
  }

  private static DomainException invalid(String field, String message) {
    return new DomainException(
        ErrorCode.VALIDATION_FAILED,
        "1 field is not valid",
        List.of(new FieldError(field, FieldCode.REQUIRED, message)));
  }
}
