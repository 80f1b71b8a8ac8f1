package vn.cantho.gep.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The token tests again, against the packaged jar in the production profile. */
@QuarkusIntegrationTest
class SecurityIT extends SecurityTest {}
