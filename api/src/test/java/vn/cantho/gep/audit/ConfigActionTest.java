package vn.cantho.gep.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.cantho.gep.common.audit.ConfigAction;

/** The audit log reads every configuration change it is given as one of its actions and kinds. */
class ConfigActionTest {

  @Test
  void everyConfigurationChangeIsAnActionAndAKindOfTheAuditLog() {
    assertThat(Arrays.stream(AuditEntry.AuditAction.values()).map(Enum::name))
        .containsAll(Arrays.stream(ConfigAction.values()).map(Enum::name).toList());
    assertThat(Arrays.stream(AuditEntry.AuditKind.values()).map(Enum::name))
        .containsAll(Arrays.stream(ConfigAction.Entity.values()).map(Enum::name).toList());
  }
}
