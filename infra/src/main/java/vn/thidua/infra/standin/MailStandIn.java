package vn.thidua.infra.standin;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.infra.support.Args;
import vn.thidua.infra.support.ParentWatch;

/**
 * An SMTP sink (GreenMail) that accepts mail for any address and keeps it in memory, plus an HTTP
 * listing of what arrived. Nothing is delivered anywhere.
 *
 * <p>Usage: {@code MailStandIn [--smtp-port 2525] [--http-port 8025]}
 */
public final class MailStandIn {

    private static final Logger log = LoggerFactory.getLogger(MailStandIn.class);

    private MailStandIn() {
    }

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        int smtpPort = options.intOption("smtp-port", 2525);
        int httpPort = options.intOption("http-port", 8025);

        // No authentication: every recipient gets a mailbox on first delivery.
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        MailHttpApi api = new MailHttpApi(new MailListing(greenMail));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.stop();
            greenMail.stop();
        }, "mail-stand-in-shutdown"));
        greenMail.start();
        api.start("localhost", httpPort);
        ParentWatch.startIfConfigured();
        log.info("Mail stand-in: SMTP on localhost:{}, messages at http://localhost:{}{}",
                smtpPort, httpPort, MailHttpApi.PATH);
    }
}
