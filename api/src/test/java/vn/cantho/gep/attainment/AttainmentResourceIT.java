package vn.cantho.gep.attainment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The attainment tests again, against the packaged jar in the production profile. */
@QuarkusIntegrationTest
class AttainmentResourceIT extends AttainmentResourceTest {}
