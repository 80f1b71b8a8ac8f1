package vn.cantho.gep.review;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The comparison tests again, against the packaged jar in the production profile. */
@QuarkusIntegrationTest
class ComparisonIT extends ComparisonTest {}
