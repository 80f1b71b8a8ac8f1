package vn.cantho.gep.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A value's key is its indicator and canonical category, whatever order the categories came in. */
class ValueKeyTest {

  @Test
  void theTotalHasAnEmptyCategoryAndNoDisaggregation() {
    assertThat(ValueKey.of("1.1", null)).isEqualTo(new ValueKey("1.1", ""));
    assertThat(ValueKey.of("1.1", Map.of())).isEqualTo(new ValueKey("1.1", ""));
    assertThat(new ValueKey("1.1", "").disaggregation()).isNull();
  }

  @Test
  void categoriesInAnyOrderGiveTheSameKey() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("sex", "FEMALE");
    a.put("area", "URBAN");
    Map<String, String> b = new LinkedHashMap<>();
    b.put("area", "URBAN");
    b.put("sex", "FEMALE");
    assertThat(ValueKey.of("2.3", a)).isEqualTo(ValueKey.of("2.3", b));
    assertThat(ValueKey.of("2.3", a).category()).isEqualTo("area=URBAN;sex=FEMALE");
  }

  @Test
  void theDisaggregationRoundTrips() {
    Map<String, String> d = Map.of("sex", "MALE", "area", "RURAL");
    assertThat(ValueKey.of("2.3", d).disaggregation()).isEqualTo(d);
  }

  @Test
  void aCategoryWithABarStaysInTheCategory() {
    ValueKey key = ValueKey.of("3.1", Map.of("group", "a|b"));
    assertThat(key.indicator()).isEqualTo("3.1");
    assertThat(key.disaggregation()).isEqualTo(Map.of("group", "a|b"));
  }

  @Test
  void bothPartsAreRequired() {
    assertThatThrownBy(() -> new ValueKey(null, "")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ValueKey("1.1", null)).isInstanceOf(NullPointerException.class);
  }
}
