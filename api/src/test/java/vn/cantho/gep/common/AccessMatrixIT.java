package vn.cantho.gep.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The access matrix again, against the packaged jar in the production profile. */
@QuarkusIntegrationTest
class AccessMatrixIT extends AccessMatrixTest {}
