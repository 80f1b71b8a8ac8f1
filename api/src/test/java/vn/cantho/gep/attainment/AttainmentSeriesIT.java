package vn.cantho.gep.attainment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The series tests (two plan years, milestones) again, against the packaged jar. */
@QuarkusIntegrationTest
class AttainmentSeriesIT extends AttainmentSeriesTest {}
