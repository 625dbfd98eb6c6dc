package com.affiliatecontests.engine.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndpointAdmissionTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static InetAddress v6(String literal) {
        try {
            // keeps an IPv4-mapped address an Inet6Address, as a resolver may return it
            return java.net.Inet6Address.getByAddress(null, ip(literal).getAddress().length == 16 ? ip(literal).getAddress()
                    : mapped(ip(literal).getAddress()), null);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] mapped(byte[] v4) {
        byte[] a = new byte[16];
        a[10] = (byte) 0xff;
        a[11] = (byte) 0xff;
        System.arraycopy(v4, 0, a, 12, 4);
        return a;
    }

    private static final Map<String, List<InetAddress>> DNS = Map.of(
            "hooks.example.com", List.of(ip("93.184.216.34")),
            "mixed.example.com", List.of(ip("93.184.216.34"), ip("10.0.0.7")),
            "rebound.example.com", List.of(ip("127.0.0.1")),
            "empty.example.com", List.of(),
            "localhost", List.of(ip("127.0.0.1")),
            "127.0.0.1", List.of(ip("127.0.0.1")),
            "::1", List.of(ip("::1")));

    private static final HostResolver RESOLVER = host -> {
        List<InetAddress> found = DNS.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        return found;
    };

    private static WebhookRefusal refusal(EndpointAdmission admission, String url, boolean internal) {
        List<WebhookProblem> problems = admission.check(url, internal);
        assertTrue(problems.size() <= 1, problems.toString());
        problems.forEach(p -> assertEquals("url", p.field()));
        return problems.isEmpty() ? null : problems.get(0).refusal();
    }

    @Test
    void aPublicHttpsUrlIsAdmitted() {
        EndpointAdmission strict = new EndpointAdmission(RESOLVER, false);
        assertEquals(null, refusal(strict, "https://hooks.example.com/affiliate?x=1", false));
        assertEquals(null, refusal(strict, "HTTPS://hooks.example.com:8443/a", false));
        assertEquals(null, refusal(strict, " https://hooks.example.com/a ", false));
    }

    @Test
    void malformedMissingOrOverlongUrlsAreRefused() {
        EndpointAdmission strict = new EndpointAdmission(RESOLVER, false);
        assertEquals(WebhookRefusal.URL_REQUIRED, refusal(strict, null, false));
        assertEquals(WebhookRefusal.URL_REQUIRED, refusal(strict, "  ", false));
        assertEquals(WebhookRefusal.URL_TOO_LONG, refusal(strict, "https://hooks.example.com/" + "a".repeat(230), false));
        assertEquals(null, refusal(strict, "https://hooks.example.com/" + "a".repeat(229), false));
        assertEquals(WebhookRefusal.URL_INVALID, refusal(strict, "https://hooks example.com/", false));
        assertEquals(WebhookRefusal.URL_INVALID, refusal(strict, "ftp://hooks.example.com/", false));
        assertEquals(WebhookRefusal.URL_INVALID, refusal(strict, "hooks.example.com/path", false));
        assertEquals(WebhookRefusal.URL_INVALID, refusal(strict, "https:///path", false));
        assertEquals(WebhookRefusal.URL_HAS_CREDENTIALS, refusal(strict, "https://user:pw@hooks.example.com/", false));
    }

    @Test
    void httpIsOnlyForLocalhostAndOnlyWhenThePropertyAllowsIt() {
        EndpointAdmission strict = new EndpointAdmission(RESOLVER, false);
        EndpointAdmission tests = new EndpointAdmission(RESOLVER, true);
        assertEquals(WebhookRefusal.URL_NOT_HTTPS, refusal(strict, "http://hooks.example.com/", false));
        assertEquals(WebhookRefusal.URL_NOT_HTTPS, refusal(strict, "http://localhost:8080/", true));
        assertEquals(WebhookRefusal.URL_NOT_HTTPS, refusal(tests, "http://hooks.example.com/", true));
        assertEquals(null, refusal(tests, "http://localhost:8080/hook", true));
        assertEquals(null, refusal(tests, "http://LOCALHOST:8080/hook", true));
        assertEquals(null, refusal(tests, "http://127.0.0.1:8080/hook", true));
        assertEquals(null, refusal(tests, "http://[::1]:8080/hook", true));
        // localhost is still internal: the admin has to allow it too
        assertEquals(WebhookRefusal.ADDRESS_NOT_PUBLIC, refusal(tests, "http://localhost:8080/hook", false));
    }

    @Test
    void internalAddressesNeedTheAdminsPermission() {
        EndpointAdmission strict = new EndpointAdmission(RESOLVER, false);
        assertEquals(WebhookRefusal.ADDRESS_NOT_PUBLIC, refusal(strict, "https://mixed.example.com/", false));
        assertEquals(WebhookRefusal.ADDRESS_NOT_PUBLIC, refusal(strict, "https://rebound.example.com/", false));
        assertEquals(null, refusal(strict, "https://rebound.example.com/", true));
        assertEquals(WebhookRefusal.HOST_UNRESOLVED, refusal(strict, "https://nowhere.example.com/", true));
        assertEquals(WebhookRefusal.HOST_UNRESOLVED, refusal(strict, "https://empty.example.com/", true));
        assertEquals(WebhookRefusal.HOST_UNRESOLVED,
                refusal(new EndpointAdmission(host -> null, false), "https://hooks.example.com/", false));
        assertThrows(NullPointerException.class, () -> new EndpointAdmission(null, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "127.0.0.1", "127.8.8.8", "100.64.0.1",
            "100.127.255.254", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.168.1.1", "192.0.0.8", "192.0.2.1",
            "198.18.0.1", "198.19.255.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.1.1.1", "240.0.0.1",
            "255.255.255.255", "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "fec0::1", "ff02::1",
            "2001:db8::1", "::127.0.0.1", "64:ff9b::a00:1", "2002:a00:1::", "2002:7f00:1::"})
    void internalAddressesAreNotPublic(String literal) {
        assertFalse(AddressClass.isPublic(ip(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "9.255.255.255", "11.0.0.1", "93.184.216.34", "100.63.255.255", "100.128.0.1",
            "126.255.255.255", "128.0.0.1", "169.253.1.1", "169.255.1.1", "168.254.1.1", "172.15.255.255", "172.32.0.1",
            "171.16.0.1", "192.167.1.1", "192.169.1.1", "191.168.1.1", "192.0.1.1", "192.0.3.1", "192.1.0.1", "193.0.2.1",
            "198.17.0.1", "198.20.0.1", "197.18.0.1", "198.51.101.1", "198.52.100.1", "199.51.100.1", "203.0.114.1",
            "203.1.113.1", "204.0.113.1", "223.255.255.255", "2606:4700::1111", "2001:4860::8888", "2001:db9::1",
            "2001:cb8::1", "2000:db8::1", "2001:da8::", "64:ff9b::5db8:d822",
            "2002:5db8:d822::", "fe00::1", "fb00::1", "2003::1", "64:ff9a::a00:1", "65:ff9b::1", "64:fe9b::1",
            "::1:0:0:1", "1::"})
    void publicAddressesArePublic(String literal) {
        assertTrue(AddressClass.isPublic(ip(literal)), literal);
    }

    @Test
    void mappedAddressesAreJudgedByTheirIpv4() {
        assertFalse(AddressClass.isPublic(v6("127.0.0.1")));
        assertFalse(AddressClass.isPublic(v6("10.1.2.3")));
        assertTrue(AddressClass.isPublic(v6("93.184.216.34")));
        assertFalse(AddressClass.isPublic(v6("172.16.0.1")));
        assertFalse(AddressClass.isPublic(v6("192.0.2.1")));
        assertFalse(AddressClass.isPublic(null));
    }

    @Test
    void theSystemResolverResolvesLiterals() throws UnknownHostException {
        assertEquals(List.of(ip("127.0.0.1")), HostResolver.system().resolve("127.0.0.1"));
    }
}
