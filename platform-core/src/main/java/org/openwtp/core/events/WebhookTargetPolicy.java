package org.openwtp.core.events;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses tenant webhooks may be sent to. A tenant chooses the URL, so without this check a tenant
 * could make the server POST to its own admin port, the cloud metadata service (169.254.169.254) or any host
 * on the private network behind it (server-side request forgery). By default only public unicast addresses
 * are allowed: loopback, private (RFC 1918, RFC 4193), link-local, carrier-grade NAT, unspecified, multicast,
 * broadcast and documentation/benchmark ranges are refused, also when IPv4 hides inside IPv6. The check runs
 * when a subscription is created (literal addresses and {@code localhost} names) and again before every
 * delivery, on every address the host name resolves to then (DNS can change after creation). Development and
 * tests, whose receivers listen on loopback, switch it off with {@code webhooks.allowPrivateTargets}.
 * Immutable and thread-safe.
 */
public final class WebhookTargetPolicy {

    /** Turns a host name into addresses; the JDK resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * @param host a host name or literal address
         * @return every address it resolves to
         * @throws UnknownHostException when it does not resolve
         */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final WebhookTargetPolicy ANY = new WebhookTargetPolicy(true, InetAddress::getAllByName);
    private static final WebhookTargetPolicy PUBLIC = new WebhookTargetPolicy(false, InetAddress::getAllByName);

    private final boolean allowPrivate;
    private final Resolver resolver;

    private WebhookTargetPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** @return the production policy: public addresses only */
    public static WebhookTargetPolicy publicOnly() {
        return PUBLIC;
    }

    /** @return a policy that allows every address (development, tests) */
    public static WebhookTargetPolicy anyTarget() {
        return ANY;
    }

    /**
     * @param allowPrivateTargets the {@code webhooks.allowPrivateTargets} setting
     * @return {@link #anyTarget()} or {@link #publicOnly()}
     */
    public static WebhookTargetPolicy of(boolean allowPrivateTargets) {
        return allowPrivateTargets ? ANY : PUBLIC;
    }

    /**
     * @param resolver the name resolver to use (tests)
     * @return the public-only policy resolving with it
     */
    public static WebhookTargetPolicy publicOnly(Resolver resolver) {
        return new WebhookTargetPolicy(false, resolver);
    }

    /**
     * The check at creation: refuses literal non-public addresses and {@code localhost} names without
     * resolving anything (a receiver's name may not resolve yet; deliveries check again).
     *
     * @param url an absolute http(s) URL with a host
     * @return why the URL is refused, empty when it is acceptable
     */
    public Optional<String> refuseAtCreation(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = bareHost(url);
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.endsWith(".localhost")) {
            return Optional.of(refusal(host, "a loopback name"));
        }
        if (!isLiteral(host)) {
            return Optional.empty();
        }
        try {
            return checkAll(host, resolver.resolve(host));
        } catch (UnknownHostException e) {
            return Optional.of("url host " + host + " is not a valid address");
        }
    }

    /**
     * The check before a delivery: resolves the host and refuses it when any of its addresses is not public.
     *
     * @param url the subscription's URL
     * @return why it must not be sent to, empty when it may
     */
    public Optional<String> refuseBeforeDelivery(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = bareHost(url);
        try {
            return checkAll(host, resolver.resolve(host));
        } catch (UnknownHostException e) {
            return Optional.of("cannot resolve " + host);
        }
    }

    /**
     * @param address an address
     * @return whether it is a public unicast address a webhook may be sent to
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if (isMappedOrCompatibleIpv4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc;                           // fc00::/7
            boolean documentation = first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
            boolean siteLocal = first == 0xfe && (b[1] & 0xc0) == 0xc0;             // fec0::/10, deprecated
            return !(uniqueLocal || documentation || siteLocal);
        }
        if (address instanceof Inet4Address) {
            int a = b[0] & 0xff;
            int c = b[1] & 0xff;
            return !(a == 0                                        // 0.0.0.0/8 "this network"
                    || a == 100 && (c & 0xc0) == 64                // 100.64.0.0/10 carrier-grade NAT
                    || a == 192 && c == 0 && (b[2] & 0xff) == 0    // 192.0.0.0/24 protocol assignments
                    || a == 192 && c == 0 && (b[2] & 0xff) == 2    // 192.0.2.0/24 documentation
                    || a == 198 && (c & 0xfe) == 18                // 198.18.0.0/15 benchmarking
                    || a == 198 && c == 51 && (b[2] & 0xff) == 100 // 198.51.100.0/24 documentation
                    || a == 203 && c == 0 && (b[2] & 0xff) == 113  // 203.0.113.0/24 documentation
                    || a >= 240);                                  // 240.0.0.0/4 reserved, 255.255.255.255 broadcast
        }
        return false;
    }

    private static Optional<String> checkAll(String host, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of(refusal(host, address.getHostAddress()));
            }
        }
        return Optional.empty();
    }

    private static String refusal(String host, String what) {
        return "url host " + host + " is " + (what.startsWith("a ") ? what : "at " + what)
                + ", not a public address: webhooks are only sent to public internet addresses "
                + "(hosts allow private ones with webhooks.allowPrivateTargets=true, for development)";
    }

    private static boolean isMappedOrCompatibleIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        return mapped || compatible;
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static String bareHost(URI url) {
        String host = url.getHost();
        if (host == null) {
            throw new IllegalArgumentException("url has no host: " + url);
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
