package vn.cantho.gep.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Settings of GEP Monitor itself, under the {@code gep.} prefix. */
@ConfigMapping(prefix = "gep")
public interface GepConfig {
  /**
   * Dev mode only: demo reporter user name to org unit code, for the in-process OIDC server that
   * cannot put an {@code org_unit} claim into tokens. Ignored in every other launch mode.
   */
  Map<String, String> devReporterOrgUnits();

  /**
   * Whether to load the demo data set at start; honoured only in the dev, test and demo profiles.
   */
  @WithDefault("false")
  boolean demoData();

  /** Largest page size a list endpoint accepts. */
  @WithDefault("200")
  int maxPageSize();

  /**
   * Most values one import may carry (POST /api/v1/imports); more is a 413 IMPORT_TOO_LARGE. Bodies
   * are also bounded by {@code quarkus.http.limits.max-body-size}.
   */
  @WithDefault("50000")
  int importMaxRows();
}
