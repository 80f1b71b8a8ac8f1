package vn.cantho.gep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one save changed in a report draft, for the audit log: the fields that differ, before and
 * after, each objective's narrative a field of its own ({@code narratives.3}); a narrative added or
 * removed is null on the other side. A period's first save has no before and every field after.
 */
public record ReportDraftChange(Map<String, Object> before, Map<String, Object> after) {

  /** The change from {@code before} (null: nothing saved yet) to {@code after}. */
  public static ReportDraftChange between(Map<String, Object> before, Map<String, Object> after) {
    if (before == null) {
      return new ReportDraftChange(null, after);
    }
    Map<String, Object> was = new LinkedHashMap<>();
    Map<String, Object> is = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>(before.keySet());
    names.addAll(after.keySet());
    for (String name : names) {
      Object b = before.get(name);
      Object a = after.get(name);
      if (!Objects.equals(b, a)) {
        was.put(name, b);
        is.put(name, a);
      }
    }
    return new ReportDraftChange(was, is);
  }

  /** A draft's editable fields by name, narratives by objective in code order. */
  public static Map<String, Object> fields(ReportDraft d) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("number", d.number);
    fields.put("issuedOn", d.issuedOn == null ? null : d.issuedOn.toString());
    fields.put("subject", d.subject);
    fields.put("signerName", d.signerName);
    fields.put("signerTitle", d.signerTitle);
    fields.put("recipients", new ArrayList<>(d.recipients));
    new TreeMap<>(d.narratives)
        .forEach((objective, text) -> fields.put("narratives." + objective, text));
    return fields;
  }

  /** True when the save changed nothing. */
  public boolean isEmpty() {
    return after.isEmpty();
  }
}
