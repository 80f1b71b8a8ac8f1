package vn.cantho.gep.importing;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two forms of an import body, and how each names a value in the answer: a CSV value by its
 * data row (1-based, the header not counted) and column, a JSON value by its index in {@code
 * values} (0-based) and JSON path.
 */
public enum ImportFormat {
  JSON,
  CSV;

  public static final String TEXT_CSV = "text/csv";

  public static ImportFormat of(MediaType type) {
    return type != null && type.isCompatible(MediaType.valueOf(TEXT_CSV)) ? CSV : JSON;
  }

  /** The position of the i-th value (0-based) as the answer names it. */
  int position(int i) {
    return this == CSV ? i + 1 : i;
  }

  /**
   * The field of a value, from its name in {@link ImportValue} ({@code numerator}, {@code
   * disaggregation.sex}); an empty name means the whole value, which CSV names by no column.
   */
  String field(int position, String name) {
    if (this == JSON) {
      String at = "values[" + position + "]";
      return name.isEmpty() ? at : at + "." + name;
    }
    if (name.isEmpty()) {
      return null;
    }
    return name.startsWith("disaggregation") ? ImportCsv.SEX : name;
  }

  /** E.g. "row 3" or "index 2". */
  String describe(int position) {
    return (this == CSV ? "row " : "index ") + position;
  }

  /** E.g. "rows 3, 7" or "indices 2, 6"; past five, how many more. */
  String describe(List<Integer> positions) {
    if (positions.size() == 1) {
      return describe(positions.get(0));
    }
    int shown = Math.min(positions.size(), 5);
    return (this == CSV ? "rows " : "indices ")
        + positions.subList(0, shown).stream()
            .map(String::valueOf)
            .collect(Collectors.joining(", "))
        + (positions.size() > shown ? " and " + (positions.size() - shown) + " more" : "");
  }
}
