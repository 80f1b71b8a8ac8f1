package vn.cantho.gep.importing;

import java.util.ArrayList;
import java.util.List;

/** The values of an import as read from its body, JSON or CSV alike. */
public record ImportBatch(ImportFormat format, List<ImportRow> rows) {

  /** Numbers each value by its position in the body. */
  public static ImportBatch of(ImportFormat format, List<ImportValue> values) {
    List<ImportRow> rows = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      rows.add(new ImportRow(format.position(i), values.get(i)));
    }
    return new ImportBatch(format, rows);
  }

  /** The values alone, as a fingerprint of the request for its Idempotency-Key. */
  List<ImportValue> values() {
    return rows.stream().map(ImportRow::value).toList();
  }
}
