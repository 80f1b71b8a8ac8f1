package vn.cantho.gep.common.changes;

import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After a successful write through this instance, and before its response leaves, waits until the
 * instance has heard every change committed so far, so that the writer's next read here sees its
 * own change (see {@link DataChanges#awaitOwnWrites}). The write's transaction has committed by
 * then: services commit when their method returns.
 */
public class WriteSync {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Inject DataChanges changes;

  @ServerResponseFilter
  public void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400
        && WRITES.contains(request.getMethod())
        && !Context.isOnEventLoopThread()) {
      changes.awaitOwnWrites();
    }
  }
}
