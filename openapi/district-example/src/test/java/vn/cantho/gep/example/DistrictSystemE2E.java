package vn.cantho.gep.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.client.ApiException;
import vn.cantho.gep.client.model.Submission;
import vn.cantho.gep.client.model.SubmissionStatus;
import vn.cantho.gep.client.model.ValueInput;

/** The example district system against the running GEP Monitor and Keycloak (scripts/e2e.sh). */
class DistrictSystemE2E {
  static final String API = System.getProperty("gep.e2e.api", "http://localhost:8080");
  static final String TOKEN_URL =
      System.getProperty("gep.e2e.keycloak", "http://localhost:8180")
          + "/realms/gender-equality/protocol/openid-connect/token";

  @Test
  void pushesADistrictsFiguresFromCsvAndSubmitsThem() throws Exception {
    List<ValueInput> values;
    try (Reader csv = Files.newBufferedReader(Path.of("data/ninh-kieu-2024S1.csv"))) {
      values = DistrictSystem.readCsv(csv);
    }
    String token =
        DistrictSystem.clientCredentials(TOKEN_URL, "system-ninh-kieu", "demo-secret-ninh-kieu");
    Submission s = new DistrictSystem(API, token).push("ninh-kieu", "2024S1", values);
    assertThat(s.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
    assertThat(s.getOrgUnit()).isEqualTo("ninh-kieu");
    assertThat(s.getValues()).hasSize(11);
    assertThat(s.getMissing()).isEmpty();
    assertThat(s.getSubmittedBy()).isEqualTo("service-account-system-ninh-kieu");
  }

  @Test
  void aDistrictSystemCannotPushAnotherUnitsFigures() throws Exception {
    String token =
        DistrictSystem.clientCredentials(TOKEN_URL, "system-cai-rang", "demo-secret-cai-rang");
    ApiException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class,
            () -> new DistrictSystem(API, token).push("ninh-kieu", "2024", List.of()));
    assertThat(refused.getCode()).isEqualTo(403);
  }
}
