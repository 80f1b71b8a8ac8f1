package vn.cantho.gep.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free port that the API sends its reminder emails to. */
public class TestMailServer implements QuarkusTestResourceLifecycleManager {
  private static GreenMail server;

  @Override
  public Map<String, String> start() {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return Map.of(
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.start-tls", "DISABLED",
        // pipelined SMTP commands now and then stalled a GreenMail session for its 30 s timeout
        "quarkus.mailer.pipelining", "false");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** The running server, to read what arrived and to empty it between tests. */
  public static GreenMail server() {
    return server;
  }
}
