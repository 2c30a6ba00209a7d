package org.openwtp.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openwtp.core.events.internal.HttpWebhookSender;

class WebhookTargetPolicyTest {

    private static final WebhookTargetPolicy PUBLIC = WebhookTargetPolicy.publicOnly();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.10",
            "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "240.0.0.1",
            "192.0.2.10", "198.18.0.1", "198.51.100.7", "203.0.113.9", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
            "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2001:db8::1"})
    void nonPublicAddressesAreRefused(String literal) throws Exception {
        assertThat(WebhookTargetPolicy.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
        String host = literal.contains(":") ? "[" + literal + "]" : literal;
        assertThat(PUBLIC.refuseAtCreation(URI.create("https://" + host + "/hook")))
                .hasValueSatisfying(why -> assertThat(why).contains(literal.contains(":") ? "not a public address" : literal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "192.169.0.1", "2a00:1450:4001:80b::200e", "::ffff:8.8.4.4"})
    void publicAddressesAreAllowed(String literal) throws Exception {
        assertThat(WebhookTargetPolicy.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
        String host = literal.contains(":") ? "[" + literal + "]" : literal;
        assertThat(PUBLIC.refuseAtCreation(URI.create("https://" + host + "/hook"))).isEmpty();
    }

    @Test
    void localhostNamesAreRefusedWithoutResolvingAndOtherNamesWaitForDelivery() {
        assertThat(PUBLIC.refuseAtCreation(URI.create("http://localhost:8080/x"))).isPresent();
        assertThat(PUBLIC.refuseAtCreation(URI.create("http://api.LOCALHOST/x"))).isPresent();
        WebhookTargetPolicy failing = WebhookTargetPolicy.publicOnly(host -> {
            throw new AssertionError("creation must not resolve " + host);
        });
        assertThat(failing.refuseAtCreation(URI.create("https://shop.example/hooks"))).isEmpty();
    }

    @Test
    void deliveriesCheckEveryAddressTheNameResolvesTo() {
        WebhookTargetPolicy rebinding = WebhookTargetPolicy.publicOnly(host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")});
        assertThat(rebinding.refuseBeforeDelivery(URI.create("https://shop.example/hooks")))
                .hasValueSatisfying(why -> assertThat(why).contains("shop.example", "10.0.0.5", "not a public address"));
        WebhookTargetPolicy unknown = WebhookTargetPolicy.publicOnly(host -> {
            throw new UnknownHostException(host);
        });
        assertThat(unknown.refuseBeforeDelivery(URI.create("https://gone.example/hooks"))).hasValue("cannot resolve gone.example");
        WebhookTargetPolicy fine = WebhookTargetPolicy.publicOnly(host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")});
        assertThat(fine.refuseBeforeDelivery(URI.create("https://shop.example/hooks"))).isEmpty();
    }

    @Test
    void theSenderRefusesAPrivateTargetWithoutConnecting() {
        WebhookSender.Response r = new HttpWebhookSender(PUBLIC)
                .post(URI.create("http://127.0.0.1:9/hook"), new byte[0], Map.of(), Duration.ofSeconds(1));
        assertThat(r.acknowledged()).isFalse();
        assertThat(r.statusCode()).isZero();
        assertThat(r.error()).startsWith("not sent: url host 127.0.0.1 is at 127.0.0.1, not a public address");
    }

    @Test
    void allowingPrivateTargetsSkipsEveryCheck() {
        WebhookTargetPolicy any = WebhookTargetPolicy.of(true);
        assertThat(any.refuseAtCreation(URI.create("http://127.0.0.1/x"))).isEmpty();
        assertThat(any.refuseBeforeDelivery(URI.create("http://localhost/x"))).isEmpty();
        assertThat(WebhookTargetPolicy.of(false)).isSameAs(WebhookTargetPolicy.publicOnly());
    }
}
