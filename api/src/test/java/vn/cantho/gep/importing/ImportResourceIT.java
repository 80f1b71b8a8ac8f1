package vn.cantho.gep.importing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The import tests again, against the packaged jar in the production profile. */
@QuarkusIntegrationTest
class ImportResourceIT extends ImportResourceTest {}
