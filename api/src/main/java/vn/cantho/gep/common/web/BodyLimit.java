package vn.cantho.gep.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
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
 * empty 413 of the HTTP layer. A body with a Content-Length is refused from it before it is read. A
 * body sent in chunks (no Content-Length) is gathered by Vert.x's {@link BodyHandler} under the
 * same limit before Quarkus REST sees it (Quarkus REST then reads it from the routing context); the
 * handler fails the route with 413 once the body crosses the limit, and the failure handler here
 * answers with the problem. Without this, Quarkus REST's own stream ends the response with an empty
 * 413.
 */
@ApplicationScoped
public class BodyLimit {
  @Inject ObjectMapper json;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize limit;

  void install(@Observes Router router) {
    BodyHandler gather = BodyHandler.create(false).setBodyLimit(limit.asLongValue());
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(context -> checkLength(context, gather))
        .failureHandler(this::onFailure);
  }

  private void checkLength(RoutingContext context, BodyHandler gather) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
        gather.handle(context);
        return;
      }
    } else if (length.length() < 19 && length.chars().allMatch(Character::isDigit)) {
      if (Long.parseLong(length) > limit.asLongValue()) {
        refuse(context);
        return;
      }
    }
    context.next();
  }

  private void onFailure(RoutingContext context) {
    if (context.statusCode() == 413 && !context.response().headWritten()) {
      refuse(context);
    } else {
      context.next();
    }
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
