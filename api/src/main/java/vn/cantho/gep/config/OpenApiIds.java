package vn.cantho.gep.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares every id of the document one way: an {@code id} path parameter as the {@code id} field
 * of the resource it names, and every id field as that schema alone, so a generated client takes
 * back the ids it is given.
 */
final class OpenApiIds {
  private static final String ID = "{id}";

  private OpenApiIds() {}

  static void declare(OpenAPI openAPI) {
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().values().forEach(OpenApiIds::tidyIdFields);
    }
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, PathItem> items = openAPI.getPaths().getPathItems();
    items.forEach(
        (path, item) -> {
          int at = path.indexOf(ID);
          if (at < 0) {
            return;
          }
          String itemPath = path.substring(0, at + ID.length());
          Schema id = idOf(openAPI, items, itemPath);
          Stream.concat(
                  Stream.ofNullable(item.getParameters()).flatMap(List::stream),
                  item.getOperations().values().stream()
                      .map(Operation::getParameters)
                      .filter(Objects::nonNull)
                      .flatMap(List::stream))
              .filter(p -> p.getIn() == Parameter.In.PATH && "id".equals(p.getName()))
              .forEach(p -> p.setSchema(bare(id)));
        });
  }

  /**
   * The {@code id} field of the resource at {@code itemPath}: of the schema that an operation on it
   * or on its collection answers with.
   */
  private static Schema idOf(OpenAPI openAPI, Map<String, PathItem> items, String itemPath) {
    String collection = itemPath.substring(0, itemPath.length() - ID.length() - 1);
    return Stream.of(items.get(itemPath), items.get(collection))
        .filter(Objects::nonNull)
        .flatMap(item -> item.getOperations().values().stream())
        .filter(op -> op.getResponses() != null && op.getResponses().getAPIResponses() != null)
        .flatMap(op -> op.getResponses().getAPIResponses().entrySet().stream())
        .filter(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null)
        .map(r -> r.getValue().getContent().getMediaType("application/json"))
        .filter(Objects::nonNull)
        .map(MediaType::getSchema)
        .filter(Objects::nonNull)
        .map(s -> s.getItems() != null ? s.getItems() : s)
        .map(s -> component(openAPI, s))
        .filter(s -> s != null && s.getProperties() != null && s.getProperties().get("id") != null)
        .map(s -> bare(s.getProperties().get("id")))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    itemPath + " names no resource with an id field; its id cannot be declared"));
  }

  private static Schema component(OpenAPI openAPI, Schema schema) {
    String ref = schema.getRef();
    if (ref == null) {
      return null;
    }
    return openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** The id's type alone, without the field's description, examples or nullability. */
  private static Schema bare(Schema field) {
    Schema type = field;
    if (field.getRef() == null && field.getAnyOf() != null) {
      type = field.getAnyOf().stream().filter(s -> s.getRef() != null).findFirst().orElse(field);
    }
    if (type.getRef() != null) {
      return OASFactory.createSchema().ref(type.getRef());
    }
    return OASFactory.createSchema().type(type.getType()).format(type.getFormat());
  }

  /**
   * Drops the {@code type} that the scanner puts beside the reference of a described or nullable id
   * field ({@code type: string} or {@code [string, null]}), so that every id field is the reference
   * (or the reference or null) and nothing else.
   */
  private static void tidyIdFields(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getProperties() != null) {
      schema
          .getProperties()
          .forEach(
              (name, field) -> {
                if ((name.equals("id") || name.endsWith("Id"))
                    && (field.getRef() != null || field.getAnyOf() != null)) {
                  field.setType(null);
                }
                tidyIdFields(field);
              });
    }
    tidyIdFields(schema.getItems());
    List<Schema> parts = new ArrayList<>();
    Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
        .filter(Objects::nonNull)
        .forEach(parts::addAll);
    parts.forEach(OpenApiIds::tidyIdFields);
  }
}
