package vn.cantho.gep.example;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.cantho.gep.client.ApiClient;
import vn.cantho.gep.client.ApiException;
import vn.cantho.gep.client.api.SubmissionsApi;
import vn.cantho.gep.client.model.CreateSubmissionRequest;
import vn.cantho.gep.client.model.ReplaceValuesRequest;
import vn.cantho.gep.client.model.Submission;
import vn.cantho.gep.client.model.SubmissionPage;
import vn.cantho.gep.client.model.SubmitRequest;
import vn.cantho.gep.client.model.ValueInput;

/**
 * What a district's own system does at the end of a reporting period: sign in as its service
 * account (client credentials), send the figures of a CSV file for its org unit and period through
 * the client generated from GEP Monitor's OpenAPI document, and submit them.
 *
 * <pre>
 * java -jar district-system-example.jar --api http://localhost:8080 \
 *   --token-url http://localhost:8180/realms/gender-equality/protocol/openid-connect/token \
 *   --client-id system-ninh-kieu --client-secret demo-secret-ninh-kieu \
 *   --org-unit ninh-kieu --period 2024S1 --csv data/ninh-kieu-2024S1.csv
 * </pre>
 *
 * CSV columns: {@code indicator,sex,numerator,denominator,flag}; sex only for 5.2a and 5.2b, flag
 * only for yes/no indicators.
 */
public final class DistrictSystem {
  private final SubmissionsApi submissions;

  public DistrictSystem(String apiUrl, String accessToken) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(apiUrl);
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + accessToken));
    this.submissions = new SubmissionsApi(client);
  }

  /**
   * Sends the values as the org unit's submission for the period (created, or its values replaced
   * when it is a draft or was returned) and submits it. Safe to rerun: the create carries an
   * Idempotency-Key and the replace carries the version it replaces.
   */
  public Submission push(String orgUnit, String period, List<ValueInput> values)
      throws ApiException {
    SubmissionPage existing = submissions.listSubmissions(orgUnit, null, period, null, null);
    Submission submission;
    if (existing.getItems() == null || existing.getItems().isEmpty()) {
      submission =
          submissions.createSubmission(
              new CreateSubmissionRequest().orgUnit(orgUnit).period(period).values(values),
              "district-system/" + orgUnit + "/" + period);
    } else {
      var summary = existing.getItems().get(0);
      submission =
          submissions.replaceSubmissionValues(
              summary.getId(),
              new ReplaceValuesRequest().values(values),
              "\"" + summary.getVersion() + "\"");
    }
    return submissions.submitSubmission(
        submission.getId(),
        "\"" + submission.getVersion() + "\"",
        new SubmitRequest().allowMissing(false));
  }

  /** Reads the CSV layout described above. */
  public static List<ValueInput> readCsv(Reader csv) throws IOException {
    List<ValueInput> values = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    for (CSVRecord row : format.parse(csv)) {
      ValueInput value = new ValueInput().indicator(row.get("indicator"));
      if (!row.get("sex").isEmpty()) {
        value.disaggregation(Map.of("sex", row.get("sex")));
      }
      if (!row.get("flag").isEmpty()) {
        value.flag(Boolean.parseBoolean(row.get("flag")));
      } else {
        value
            .numerator(new BigDecimal(row.get("numerator")))
            .denominator(new BigDecimal(row.get("denominator")));
      }
      values.add(value);
    }
    return values;
  }

  /** An access token for a confidential client, by the client-credentials grant. */
  public static String clientCredentials(String tokenUrl, String clientId, String secret)
      throws IOException, InterruptedException {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Sign-in refused (" + response.statusCode() + "): " + response.body());
    }
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(response.body())
        .get("access_token")
        .asText();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    for (String required :
        List.of("api", "token-url", "client-id", "client-secret", "org-unit", "period", "csv")) {
      if (!options.containsKey(required)) {
        System.err.println("missing --" + required);
        System.exit(2);
      }
    }
    String token =
        clientCredentials(
            options.get("token-url"), options.get("client-id"), options.get("client-secret"));
    List<ValueInput> values;
    try (Reader reader = Files.newBufferedReader(Path.of(options.get("csv")))) {
      values = readCsv(reader);
    }
    try {
      Submission s =
          new DistrictSystem(options.get("api"), token)
              .push(options.get("org-unit"), options.get("period"), values);
      System.out.println(
          "Submission "
              + s.getId()
              + " of "
              + s.getOrgUnit()
              + " for "
              + s.getPeriod()
              + ": "
              + s.getStatus()
              + " with "
              + s.getValues().size()
              + " values");
    } catch (ApiException e) {
      System.err.println("Refused (" + e.getCode() + "): " + e.getResponseBody());
      System.exit(1);
    }
  }
}
