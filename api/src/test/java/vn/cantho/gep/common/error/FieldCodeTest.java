package vn.cantho.gep.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Field codes keep the wire names clients branch on, Bean Validation's included. */
class FieldCodeTest {

  @Test
  void constraintsMapToTheirCodes() {
    assertThat(FieldCode.ofConstraint("NotNull")).isEqualTo(FieldCode.REQUIRED);
    assertThat(FieldCode.ofConstraint("NotBlank")).isEqualTo(FieldCode.REQUIRED);
    assertThat(FieldCode.ofConstraint("PositiveOrZero")).isEqualTo(FieldCode.NEGATIVE);
    assertThat(FieldCode.ofConstraint("Positive")).isEqualTo(FieldCode.NOT_POSITIVE);
    assertThat(FieldCode.ofConstraint("Size")).isEqualTo(FieldCode.SIZE);
    assertThat(FieldCode.ofConstraint("DecimalMax")).isEqualTo(FieldCode.TOO_LARGE);
    assertThat(FieldCode.ofConstraint("Max")).isEqualTo(FieldCode.TOO_LARGE);
    assertThat(FieldCode.ofConstraint("Min")).isEqualTo(FieldCode.MIN);
    assertThat(FieldCode.ofConstraint("Email")).isEqualTo(FieldCode.EMAIL);
    assertThat(FieldCode.ofConstraint("AssertTrue")).isEqualTo(FieldCode.INVALID);
  }

  @Test
  void theWireFormIsTheName() throws Exception {
    String json =
        new ObjectMapper()
            .writeValueAsString(
                new FieldError("values[0].numerator", FieldCode.NEGATIVE, "must not be negative"));
    assertThat(json).contains("\"code\":\"NEGATIVE\"");
  }
}
