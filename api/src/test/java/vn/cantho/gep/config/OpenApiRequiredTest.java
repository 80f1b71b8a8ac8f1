package vn.cantho.gep.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** Which fields the document marks required: those of answers, never of requests. */
class OpenApiRequiredTest {

  @Test
  void marksEveryFieldOfAnAnswerRequiredAndLeavesRequestsAndNullOmittingSchemasAlone() {
    OpenAPI doc =
        OASFactory.createOpenAPI()
            .components(
                OASFactory.createComponents()
                    .schemas(
                        Map.of(
                            "Answer", object("id", ref("Part")).addProperty("note", string()),
                            "Part", object("code", string()),
                            "Request", object("name", string()).addProperty("kind", ref("Shared")),
                            "Shared", object("value", string()),
                            "ImportRejection", object("row", string()))))
            .paths(
                OASFactory.createPaths()
                    .addPathItem(
                        "/things",
                        OASFactory.createPathItem()
                            .POST(
                                OASFactory.createOperation()
                                    .requestBody(
                                        OASFactory.createRequestBody()
                                            .content(json(ref("Request"))))
                                    .responses(
                                        OASFactory.createAPIResponses()
                                            .addAPIResponse(
                                                "201",
                                                OASFactory.createAPIResponse()
                                                    .content(
                                                        json(
                                                            object("answer", ref("Answer"))
                                                                .addProperty(
                                                                    "shared", ref("Shared"))
                                                                .addProperty(
                                                                    "rejections",
                                                                    OASFactory.createSchema()
                                                                        .items(
                                                                            ref(
                                                                                "ImportRejection"))))))
                                            .addAPIResponse(
                                                "400",
                                                OASFactory.createAPIResponse()
                                                    .content(json(ref("Request"))))))));

    OpenApiRequired.declare(doc);

    Map<String, Schema> schemas = doc.getComponents().getSchemas();
    assertThat(schemas.get("Answer").getRequired()).containsExactly("id", "note");
    assertThat(schemas.get("Part").getRequired()).containsExactly("code");
    assertThat(schemas.get("Request").getRequired()).isNull();
    assertThat(schemas.get("Shared").getRequired()).as("also a request's").isNull();
    assertThat(schemas.get("ImportRejection").getRequired()).as("omits nulls").isNull();
  }

  /**
   * A class that leaves out its null fields must be in {@link OpenApiRequired#OMITS_NULLS}, or the
   * document would promise fields the API does not send.
   */
  @Test
  void listsEveryClassThatLeavesOutNullFields() throws IOException {
    Path main = Path.of("src/main/java");
    List<String> annotated;
    try (Stream<Path> files = Files.walk(main)) {
      annotated =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> read(f).contains("@JsonInclude("))
              .map(f -> f.getFileName().toString().replace(".java", ""))
              .sorted()
              .toList();
    }
    assertThat(annotated).isNotEmpty();
    assertThat(OpenApiRequired.OMITS_NULLS.stream().map(Class::getSimpleName).sorted().toList())
        .isEqualTo(annotated);
    OpenApiRequired.OMITS_NULLS.forEach(
        c ->
            assertThat(c.getAnnotation(JsonInclude.class).value())
                .as(c.getSimpleName())
                .isNotIn(JsonInclude.Include.ALWAYS, JsonInclude.Include.USE_DEFAULTS));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Schema object(String name, Schema field) {
    return OASFactory.createSchema().addProperty(name, field);
  }

  private static Schema string() {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
  }

  private static Schema ref(String name) {
    return OASFactory.createSchema().ref("#/components/schemas/" + name);
  }

  private static org.eclipse.microprofile.openapi.models.media.Content json(Schema schema) {
    return OASFactory.createContent()
        .addMediaType("application/json", OASFactory.createMediaType().schema(schema));
  }
}
