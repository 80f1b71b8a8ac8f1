package vn.cantho.gep.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A request that sends no body at all (no Content-Type, no Content-Length or 0, not chunked) is
 * read as an empty JSON body, so that an action whose body is optional (submit) accepts none as its
 * OpenAPI document says, rather than 415; an action whose body is required answers 400 naming it.
 */
@Provider
@PreMatching
public class OptionalBody implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if (!List.of("POST", "PUT", "PATCH").contains(request.getMethod())) {
      return;
    }
    var headers = request.getHeaders();
    String length = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
    boolean empty =
        (length == null || length.strip().equals("0")) && !headers.containsKey("Transfer-Encoding");
    if (empty && headers.getFirst(HttpHeaders.CONTENT_TYPE) == null) {
      headers.putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    }
  }
}
