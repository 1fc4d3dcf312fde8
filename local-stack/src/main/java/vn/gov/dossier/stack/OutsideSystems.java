package vn.gov.dossier.stack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The outside systems notification talks to, as stand-ins a person can look into: a real SMTP server (GreenMail, with
 * IMAP to read what was sent; every recipient is a mailbox whose password is its address) and an SMS gateway
 * (WireMock: {@code POST /messages} answers 202, and {@code GET /__admin/requests} lists every SMS it took).
 */
public final class OutsideSystems implements AutoCloseable {

    private final GreenMail mail;
    private final WireMockServer smsGateway;

    private OutsideSystems(GreenMail mail, WireMockServer smsGateway) {
        this.mail = mail;
        this.smsGateway = smsGateway;
    }

    public static OutsideSystems start(int smtpPort, int imapPort, int smsGatewayPort) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        WireMockServer smsGateway = new WireMockServer(WireMockConfiguration.options().port(smsGatewayPort).bindAddress("127.0.0.1"));
        smsGateway.start();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"queued\"}")));
        return new OutsideSystems(mail, smsGateway);
    }

    /** The mail server, to read what was delivered (tests, and the reliability suite's reconciler). */
    public GreenMail mail() {
        return mail;
    }

    /** The SMS gateway stand-in, to read which SMS it took. */
    public WireMockServer smsGateway() {
        return smsGateway;
    }

    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    public String describe() {
        return "SMTP localhost:" + mail.getSmtp().getPort() + ", IMAP localhost:" + mail.getImap().getPort()
                + " (user and password: the recipient's address); SMS gateway http://localhost:" + smsGateway.port()
                + " (sent SMS: /__admin/requests)";
    }

    @Override
    public void close() {
        smsGateway.stop();
        mail.stop();
    }
}
