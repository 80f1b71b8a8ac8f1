package vn.cantho.gep.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.cantho.gep.common.error.Problem;
import vn.cantho.gep.importing.ImportRejection;

/**
 * Marks every field the API always sends as required: Jackson writes each field of a response, null
 * included, so every property of a schema that a success answer carries is present; a schema whose
 * class leaves out null fields ({@link #OMITS_NULLS}) and a schema only requests use keep their own
 * {@code required}. Nullability stays as each field declares it.
 */
final class OpenApiRequired {
  /**
   * Classes annotated {@code @JsonInclude} other than ALWAYS: their null fields are not sent, so
   * none of their fields is marked required. OpenApiRequiredTest checks that this lists them all.
   */
  static final List<Class<?>> OMITS_NULLS = List.of(Problem.class, ImportRejection.class);

  private OpenApiRequired() {}

  static void declare(OpenAPI openAPI) {
    if (openAPI.getPaths() == null
        || openAPI.getPaths().getPathItems() == null
        || openAPI.getComponents() == null
        || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Set<String> requests = new HashSet<>();
    Set<String> responses = new HashSet<>();
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        op -> {
                          if (op.getRequestBody() != null) {
                            contentSchemas(op.getRequestBody().getContent())
                                .forEach(s -> reach(s, schemas, requests));
                          }
                          successSchemas(op).forEach(s -> reach(s, schemas, responses));
                        }));
    Set<String> omitting = new HashSet<>();
    OMITS_NULLS.forEach(
        c -> {
          var named =
              c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
          omitting.add(named != null && !named.name().isEmpty() ? named.name() : c.getSimpleName());
        });
    responses.stream()
        .filter(name -> !requests.contains(name) && !omitting.contains(name))
        .map(schemas::get)
        .filter(s -> s != null && s.getProperties() != null && !s.getProperties().isEmpty())
        .forEach(s -> s.setRequired(new ArrayList<>(s.getProperties().keySet())));
  }

  private static Stream<Schema> successSchemas(Operation op) {
    if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
      return Stream.empty();
    }
    return op.getResponses().getAPIResponses().entrySet().stream()
        .filter(r -> r.getKey().startsWith("2"))
        .flatMap(r -> contentSchemas(r.getValue().getContent()));
  }

  private static Stream<Schema> contentSchemas(Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return Stream.empty();
    }
    return content.getMediaTypes().entrySet().stream()
        .filter(m -> m.getKey().contains("json"))
        .map(m -> m.getValue().getSchema())
        .filter(Objects::nonNull);
  }

  /** Adds the names of every component schema {@code schema} refers to, directly or not. */
  private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> names) {
    if (schema == null) {
      return;
    }
    String ref = schema.getRef();
    if (ref != null) {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      if (names.add(name)) {
        reach(schemas.get(name), schemas, names);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> reach(p, schemas, names));
    }
    reach(schema.getItems(), schemas, names);
    if (schema.getAdditionalPropertiesSchema() != null) {
      reach(schema.getAdditionalPropertiesSchema(), schemas, names);
    }
    Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
        .filter(Objects::nonNull)
        .flatMap(List::stream)
        .forEach(p -> reach(p, schemas, names));
  }
}
