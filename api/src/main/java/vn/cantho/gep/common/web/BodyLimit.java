package vn.cantho.gep.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.Problem;

/**
 * A body over {@code quarkus.http.limits.max-body-size} gets a PAYLOAD_TOO_LARGE problem, not the
 * empty 413 of the HTTP layer, refused from its Content-Length before it is read. A body sent in
 * chunks (no Content-Length) is still cut off by Quarkus REST with an empty 413 once it crosses the
 * limit.
 */
@ApplicationScoped
public class BodyLimit {
  @Inject ObjectMapper json;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize limit;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::checkLength);
  }

  private void checkLength(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)) {
      if (Long.parseLong(length) > limit.asLongValue()) {
        refuse(context);
        return;
      }
    }
    context.next();
  }

  private void refuse(RoutingContext context) {
    Problem problem =
        new Problem(
            ErrorCode.PAYLOAD_TOO_LARGE,
            "The body is larger than " + limit.asLongValue() + " bytes",
            context.request().path(),
            List.of(),
            Map.of("maxBytes", limit.asLongValue()));
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    context
        .response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body);
  }
}
