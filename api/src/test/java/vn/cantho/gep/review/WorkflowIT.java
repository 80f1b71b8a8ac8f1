package vn.cantho.gep.review;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The workflow tests again, against the packaged jar in the production profile. */
@QuarkusIntegrationTest
class WorkflowIT extends WorkflowTest {}
