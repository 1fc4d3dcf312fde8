package vn.gov.dossier.stack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The outside systems notification talks to, as stand-ins a person can look into: a real SMTP server (GreenMail, with
 * IMAP to read what was sent; every recipient is a mailbox whose password is its address) and an SMS gateway
 * (WireMock: {@code POST /messages} answers 202, and {@code GET /__admin/requests} lists every SMS it took), and a
 * postal service ({@link #postalService}: WireMock speaking the protocol intake's postal adapter expects; every shipment
 * is delivered by the first tracking look).
 */
public final class OutsideSystems implements AutoCloseable {

    private final GreenMail mail;
    private final WireMockServer smsGateway;
    private final WireMockServer postal;
    private final PaymentPlatformStandIn paymentPlatform;
    private final WireMockServer population;
    private final NationalPortalStandIn portal;

    private OutsideSystems(GreenMail mail, WireMockServer smsGateway, WireMockServer postal, PaymentPlatformStandIn paymentPlatform,
                           WireMockServer population, NationalPortalStandIn portal) {
        this.mail = mail;
        this.smsGateway = smsGateway;
        this.postal = postal;
        this.paymentPlatform = paymentPlatform;
        this.population = population;
        this.portal = portal;
    }

    /** The population database's stand-in: every identity check it is asked ({@code /__admin/requests}). */
    public WireMockServer populationDatabase() {
        return population;
    }

    /** The national portal's stand-in, holding every dossier's latest state. */
    public NationalPortalStandIn nationalPortal() {
        return portal;
    }

    /**
     * The population database's stand-in: {@code POST /citizens/verify} answers MATCHED, and NOT_FOUND for a number
     * ending in 000000 (no demo citizen has one).
     */
    public static WireMockServer populationDatabase(int port) {
        WireMockServer population = new WireMockServer(WireMockConfiguration.options().port(port).bindAddress("127.0.0.1"));
        population.start();
        population.stubFor(post(urlEqualTo("/citizens/verify")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"result\":\"MATCHED\"}")));
        population.stubFor(post(urlEqualTo("/citizens/verify")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.idNumber",
                        com.github.tomakehurst.wiremock.client.WireMock.matching("[0-9]{6}000000")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"result\":\"NOT_FOUND\"}")));
        return population;
    }

    /** The payment platform's stand-in (port {@code PAYMENT_PLATFORM_PORT}, 8087), signing with the local stack's secret. */
    public PaymentPlatformStandIn paymentPlatform() {
        return paymentPlatform;
    }

    public static OutsideSystems start(int smtpPort, int imapPort, int smsGatewayPort) {
        return start(smtpPort, imapPort, smsGatewayPort, 0);
    }

    /** @param postalPort the postal service stand-in's port (0: any free one) */
    public static OutsideSystems start(int smtpPort, int imapPort, int smsGatewayPort, int postalPort) {
        return start(smtpPort, imapPort, smsGatewayPort, postalPort, 0, 0, 0);
    }

    /**
     * @param paymentPort the payment platform stand-in's port (0: any free one)
     * @param populationPort the population database stand-in's port
     * @param portalPort the national portal stand-in's port
     */
    public static OutsideSystems start(int smtpPort, int imapPort, int smsGatewayPort, int postalPort, int paymentPort, int populationPort,
                                       int portalPort) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        WireMockServer smsGateway = new WireMockServer(WireMockConfiguration.options().port(smsGatewayPort).bindAddress("127.0.0.1"));
        smsGateway.start();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"queued\"}")));
        return new OutsideSystems(mail, smsGateway, postalService(postalPort),
                PaymentPlatformStandIn.start(paymentPort, vn.gov.dossier.intake.PaymentProperties.LOCAL_SECRET), populationDatabase(populationPort),
                NationalPortalStandIn.start(portalPort));
    }

    /**
     * The postal service's stand-in: {@code POST /shipments} answers 201 with a fresh tracking number, {@code GET
     * /shipments/{number}} answers DELIVERED (the post is quick here). {@code GET /__admin/requests} lists the shipments.
     */
    public static WireMockServer postalService(int port) {
        WireMockServer postal = new WireMockServer(WireMockConfiguration.options().port(port).bindAddress("127.0.0.1"));
        postal.start();
        postal.stubFor(post(urlEqualTo("/shipments")).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"trackingNumber\":\"EB{{randomValue length=9 type='NUMERIC'}}VN\"}").withTransformers("response-template")));
        postal.stubFor(get(urlPathMatching("/shipments/[A-Z0-9]+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"trackingNumber\":\"{{request.pathSegments.[1]}}\",\"status\":\"DELIVERED\",\"at\":\"{{now}}\"}")
                .withTransformers("response-template")));
        return postal;
    }

    /** The postal service stand-in, to read which shipments it took. */
    public WireMockServer postalService() {
        return postal;
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

    /** One line per outside system: where it listens and where to look into it. */
    public java.util.List<String> describe() {
        return java.util.List.of(
                "SMTP localhost:" + mail.getSmtp().getPort() + ", IMAP localhost:" + mail.getImap().getPort()
                        + " (user and password: the recipient's address)",
                "SMS gateway http://localhost:" + smsGateway.port() + " (sent SMS: /__admin/requests); postal service http://localhost:"
                        + postal.port() + " (shipments: /__admin/requests)",
                "payment platform http://localhost:" + paymentPlatform.port() + " (payments: /payments); population database http://localhost:"
                        + population.port() + " (checks: /__admin/requests); national portal http://localhost:" + portal.port()
                        + " (dossiers: /dossiers)");
    }

    @Override
    public void close() {
        portal.close();
        population.stop();
        paymentPlatform.close();
        postal.stop();
        smsGateway.stop();
        mail.stop();
    }
}
