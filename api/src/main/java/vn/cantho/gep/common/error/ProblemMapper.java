package vn.cantho.gep.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cantho.gep.common.number.DecimalBound;
import vn.cantho.gep.common.number.NumberRefusedException;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem with a stable code.
 * Never writes a stack trace or a class name to the client; unexpected errors are logged with an id
 * that the problem repeats.
 */
public class ProblemMapper {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri) {
    return respond(new Problem(e.code(), e.getMessage(), path(uri), e.errors(), e.extensions()));
  }

  @ServerExceptionMapper
  public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(ProblemMapper::toFieldError)
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return respond(
        new Problem(
            ErrorCode.VALIDATION_FAILED,
            errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid",
            path(uri),
            errors,
            Map.of()));
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    return respond(jsonProblem(e, path(uri)));
  }

  /** More specific than Quarkus's own mapper, which answers this one in a shape of its own. */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return respond(jsonProblem(e, path(uri)));
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
    return respond(jsonProblem(e, path(uri)));
  }

  /**
   * PostgreSQL refused a value the request carried (SQLSTATE class 22: a NUL character in a text, a
   * number beyond its column): the client's input, so a 400 rather than an error of ours.
   */
  @ServerExceptionMapper
  public Response data(DataException e, UriInfo uri) {
    LOG.warnf("Refused a value of a request on %s: %s", path(uri), e.getSQLState());
    return respond(
        new Problem(
            ErrorCode.MALFORMED_REQUEST,
            "A value of the request cannot be stored or searched for, e.g. a NUL character or a"
                + " number out of range",
            path(uri),
            List.of(),
            Map.of()));
  }

  @ServerExceptionMapper
  public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
    return unauthorized(uri);
  }

  @ServerExceptionMapper
  public Response unauthorizedAccess(UnauthorizedException e, UriInfo uri) {
    return unauthorized(uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(
        new Problem(
            ErrorCode.FORBIDDEN,
            "Your role does not allow this operation",
            path(uri),
            List.of(),
            Map.of()));
  }

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return versionConflict(uri);
  }

  @ServerExceptionMapper
  public Response staleState(StaleStateException e, UriInfo uri) {
    return versionConflict(uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException jpe) {
      return respond(jsonProblem(jpe, path(uri)));
    }
    int status = e.getResponse().getStatus();
    ErrorCode code =
        switch (status) {
          case 400 -> ErrorCode.MALFORMED_REQUEST;
          case 401 -> ErrorCode.UNAUTHENTICATED;
          case 403 -> ErrorCode.FORBIDDEN;
          case 404 -> ErrorCode.NOT_FOUND;
          case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
          case 406 -> ErrorCode.NOT_ACCEPTABLE;
          case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
          case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
          default -> status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    if (code == ErrorCode.UNAUTHENTICATED) {
      return unauthorized(uri);
    }
    if (code == ErrorCode.INTERNAL_ERROR) {
      return unexpected(e, uri);
    }
    Response.ResponseBuilder builder =
        Response.status(code.status())
            .type(Problem.MEDIA_TYPE)
            .entity(new Problem(code, code.title(), path(uri), List.of(), Map.of()));
    if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
      builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
    }
    return builder.build();
  }

  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Throwable e, UriInfo uri) {
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s on %s", incident, path(uri));
    return respond(
        new Problem(
            ErrorCode.INTERNAL_ERROR,
            "An unexpected error occurred; quote incident " + incident + " to the operators",
            path(uri),
            List.of(),
            Map.of("incident", incident)));
  }

  private static Response unauthorized(UriInfo uri) {
    return Response.status(401)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .entity(
            new Problem(
                ErrorCode.UNAUTHENTICATED,
                "A valid bearer token is required",
                path(uri),
                List.of(),
                Map.of()))
        .build();
  }

  private static Response versionConflict(UriInfo uri) {
    return respond(
        new Problem(
            ErrorCode.VERSION_CONFLICT,
            "The submission was changed concurrently; reload it and apply your change again",
            path(uri),
            List.of(),
            Map.of()));
  }

  private static Problem jsonProblem(JsonProcessingException e, String instance) {
    if (e instanceof NumberRefusedException refused
        && refused.reason() == DecimalBound.Reason.OUT_OF_RANGE) {
      String field = refused.getPath().isEmpty() ? "body" : jsonPath(refused.getPath());
      return numberOutOfRange(field, refused.rule(), instance);
    }
    if (isNumberTooLong(e)) {
      String field =
          e instanceof JsonMappingException jme && !jme.getPath().isEmpty()
              ? jsonPath(jme.getPath())
              : "body";
      return numberOutOfRange(
          field,
          "holds a number longer than the JSON reader takes; numbers have at most "
              + DecimalBound.MAX_LENGTH
              + " characters",
          instance);
    }
    if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
      String field = jsonPath(jme.getPath());
      FieldCode code = FieldCode.INVALID_TYPE;
      String message = "has the wrong type or format";
      if (e instanceof UnrecognizedPropertyException) {
        code = FieldCode.UNKNOWN_FIELD;
        message = "is not a known field";
      } else if (e instanceof NumberRefusedException) {
        message = "cannot be read as a number";
      } else if (e instanceof InvalidFormatException ife && ife.getTargetType() != null) {
        message = "cannot be read as " + describe(ife.getTargetType());
      }
      return new Problem(
          ErrorCode.MALFORMED_REQUEST,
          "Field " + field + " " + message,
          instance,
          List.of(new FieldError(field, code, field + " " + message)),
          Map.of());
    }
    return new Problem(
        ErrorCode.MALFORMED_REQUEST,
        "The body is not well-formed JSON of the expected shape",
        instance,
        List.of(),
        Map.of());
  }

  private static Problem numberOutOfRange(String field, String rule, String instance) {
    return new Problem(
        ErrorCode.NUMBER_OUT_OF_RANGE,
        "Field " + field + " " + rule,
        instance,
        List.of(new FieldError(field, FieldCode.NUMBER_OUT_OF_RANGE, field + " " + rule)),
        Map.of());
  }

  /**
   * Jackson's own wall against over-long numbers ({@code JsonConfig}): the parser refuses the token
   * before any field sees it, so the path is at best the enclosing object's.
   */
  private static boolean isNumberTooLong(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException sce
          && sce.getOriginalMessage() != null
          && sce.getOriginalMessage().startsWith("Number value length")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String describe(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return "the expected type";
  }

  static String jsonPath(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static FieldError toFieldError(ConstraintViolation<?> v) {
    String field = fieldPath(v.getPropertyPath());
    if (field.isEmpty()) {
      return new FieldError("body", FieldCode.REQUIRED, "a JSON body is required");
    }
    return new FieldError(field, constraintCode(v), v.getMessage());
  }

  /** Drops the method and parameter nodes so the path reads as in the request body. */
  static String fieldPath(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        if (node.getKind() == ElementKind.PARAMETER && !isBody(node.getName())) {
          sb.append(node.getName());
        }
        continue;
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.getIndex() != null) {
          sb.append('[').append(node.getIndex()).append(']');
        }
        continue;
      }
      if (node.getIndex() != null) {
        sb.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(node.getName());
      }
    }
    return sb.toString();
  }

  private static boolean isBody(String parameterName) {
    return "request".equals(parameterName) || "body".equals(parameterName);
  }

  private static FieldCode constraintCode(ConstraintViolation<?> v) {
    return FieldCode.ofConstraint(
        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
