package vn.cantho.gep.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The number limits again, against the packaged jar in the production profile. */
@QuarkusIntegrationTest
class NumberLimitsIT extends NumberLimitsTest {}
