package vn.cantho.gep.demo;

import io.quarkus.arc.Arc;

/** Loads the demo data set into the test database, for tests that want a realistic period. */
public final class DemoData {
  private DemoData() {}

  public static void load() {
    Arc.container().instance(DemoDataLoader.class).get().load();
  }
}
