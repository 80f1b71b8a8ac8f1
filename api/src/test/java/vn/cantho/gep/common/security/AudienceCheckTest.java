package vn.cantho.gep.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audience the API checks, as the packaged application.properties and an operator's environment
 * variables give it: gep-api by default, another one if named, never none.
 */
class AudienceCheckTest {

  /** application.properties (ordinal 250) under environment variables (300), as at run time. */
  private static SmallRyeConfig config(String profile, Map<String, String> env) throws IOException {
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withProfile(profile)
        .withSources(
            new PropertiesConfigSource(
                AudienceCheckTest.class.getClassLoader().getResource("application.properties"),
                250))
        .withSources(new EnvConfigSource(env, 300))
        .build();
  }

  @Test
  void theDefaultIsGepApiInEveryProfile() throws IOException {
    for (String profile : new String[] {"prod", "test"}) {
      SmallRyeConfig config = config(profile, Map.of());
      assertThat(config.getValues(AudienceCheck.PROPERTY, String.class)).containsExactly("gep-api");
      assertThat(AudienceCheck.problem(config, LaunchMode.NORMAL)).isEmpty();
    }
  }

  @Test
  void anOperatorMayNameAnotherAudience() throws IOException {
    SmallRyeConfig config = config("prod", Map.of("QUARKUS_OIDC_TOKEN_AUDIENCE", "gep-api-v2"));
    assertThat(AudienceCheck.problem(config, LaunchMode.NORMAL)).isEmpty();
  }

  /** An empty variable hides the default: Quarkus would then check no audience at all. */
  @ParameterizedTest
  @ValueSource(strings = {"", " ", ",", " , "})
  void anEmptyAudienceStopsTheStart(String value) throws IOException {
    SmallRyeConfig config = config("prod", Map.of("QUARKUS_OIDC_TOKEN_AUDIENCE", value));
    assertThat(AudienceCheck.problem(config, LaunchMode.NORMAL))
        .hasValueSatisfying(
            message ->
                assertThat(message).contains("QUARKUS_OIDC_TOKEN_AUDIENCE").contains("is empty"));
  }

  @Test
  void anyAudienceIsForDevModeOnly() throws IOException {
    SmallRyeConfig dev = config("dev", Map.of());
    assertThat(dev.getValues(AudienceCheck.PROPERTY, String.class)).containsExactly("any");
    assertThat(AudienceCheck.problem(dev, LaunchMode.DEVELOPMENT)).isEmpty();
    SmallRyeConfig prod = config("prod", Map.of("QUARKUS_OIDC_TOKEN_AUDIENCE", "any"));
    assertThat(AudienceCheck.problem(prod, LaunchMode.NORMAL))
        .hasValueSatisfying(message -> assertThat(message).contains("'any'"));
  }
}
