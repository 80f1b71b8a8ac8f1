package vn.cantho.gep.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Canonical keys of disaggregation categories: {@code ""} for an undivided figure, else {@code
 * dimension=category} pairs sorted by dimension and joined by {@code ;}, e.g. {@code sex=female}.
 */
public final class Categories {
  public static final String TOTAL = "";

  private Categories() {}

  public static String key(Map<String, String> disaggregation) {
    if (disaggregation == null || disaggregation.isEmpty()) {
      return TOTAL;
    }
    return new TreeMap<>(disaggregation)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
  }

  public static SortedMap<String, String> parse(String key) {
    SortedMap<String, String> map = new TreeMap<>();
    if (key == null || key.isEmpty()) {
      return map;
    }
    for (String pair : key.split(";")) {
      int eq = pair.indexOf('=');
      map.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return map;
  }

  /** Every combination of the dimensions' categories, as keys, in the dimensions' order. */
  public static List<String> combinations(Map<String, List<String>> categoriesByDimension) {
    List<Map<String, String>> combos = new ArrayList<>();
    combos.add(new TreeMap<>());
    for (Map.Entry<String, List<String>> dimension :
        new TreeMap<>(categoriesByDimension).entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : combos) {
        for (String category : dimension.getValue()) {
          Map<String, String> extended = new TreeMap<>(partial);
          extended.put(dimension.getKey(), category);
          next.add(extended);
        }
      }
      combos = next;
    }
    return combos.stream().map(Categories::key).toList();
  }
}
