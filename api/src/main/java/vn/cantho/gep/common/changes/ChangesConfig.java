package vn.cantho.gep.common.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this instance hears about data changes, under {@code gep.changes.}. */
@ConfigMapping(prefix = "gep.changes")
public interface ChangesConfig {
  /**
   * Whether to listen for PostgreSQL's change notifications (V11) and trust cached results while
   * they are heard. Off: every cached result is checked against the data on every read (a
   * connection pooler in transaction mode, which cannot carry LISTEN, needs this).
   */
  @WithDefault("true")
  boolean listen();
}
