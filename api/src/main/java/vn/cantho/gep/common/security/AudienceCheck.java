package vn.cantho.gep.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Refuses to start when the token audience check would be off (issue 11, point 6). */
@ApplicationScoped
public class AudienceCheck {
  static final String PROPERTY = "quarkus.oidc.token.audience";

  /**
   * An empty {@code QUARKUS_OIDC_TOKEN_AUDIENCE} hides the default {@code gep-api} and Quarkus then
   * checks no audience at all: a token issued to any client of the realm (say {@code admin-cli})
   * would be accepted. Runs before every other start-up observer.
   */
  void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
    Optional<String> problem = problem(ConfigProvider.getConfig(), LaunchMode.current());
    if (problem.isPresent()) {
      throw new IllegalStateException(problem.get());
    }
  }

  /**
   * Why the configured audience is refused, if it is: none or only blanks in any mode; {@code any}
   * (Quarkus skips the check) outside dev mode, whose in-process OIDC server writes no {@code aud}.
   */
  static Optional<String> problem(Config config, LaunchMode mode) {
    List<String> values =
        config.getOptionalValues(PROPERTY, String.class).orElse(List.of()).stream()
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
    if (values.isEmpty()) {
      return Optional.of(
          PROPERTY
              + " (QUARKUS_OIDC_TOKEN_AUDIENCE) is empty: the API would accept tokens issued to"
              + " any client of the realm. Leave it unset (default gep-api) or name the audience"
              + " the API's tokens carry.");
    }
    if (values.contains("any") && mode != LaunchMode.DEVELOPMENT) {
      return Optional.of(
          PROPERTY
              + " (QUARKUS_OIDC_TOKEN_AUDIENCE) is 'any': the API would accept tokens issued to"
              + " any client of the realm. Only dev mode may use it; name the audience instead"
              + " (default gep-api).");
    }
    return Optional.empty();
  }
}
