package com.affiliatecontests.engine.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which URLs a webhook may be sent to: https only (http to localhost only where the store's
 * property allows it, for tests); no user name or password in the URL; a host that resolves, and
 * only to public addresses unless the admin allowed internal ones for this endpoint. Checked when
 * the endpoint is saved and again before every delivery, since a name can resolve elsewhere later
 * (DNS rebinding).
 */
public final class EndpointAdmission {

    public static final int MAX_URL_LENGTH = 255;

    private final HostResolver resolver;
    private final boolean httpLocalhostAllowed;

    public EndpointAdmission(HostResolver resolver, boolean httpLocalhostAllowed) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.httpLocalhostAllowed = httpLocalhostAllowed;
    }

    /** The URL's problems (none when it is admitted); {@code internalAllowed} is the endpoint's admin choice. */
    public List<WebhookProblem> check(String url, boolean internalAllowed) {
        List<WebhookProblem> problems = new ArrayList<>();
        WebhookRefusal refusal = refusal(url, internalAllowed);
        if (refusal != null) {
            problems.add(new WebhookProblem("url", refusal));
        }
        return problems;
    }

    private WebhookRefusal refusal(String url, boolean internalAllowed) {
        if (url == null || url.isBlank()) {
            return WebhookRefusal.URL_REQUIRED;
        }
        if (url.length() > MAX_URL_LENGTH) {
            return WebhookRefusal.URL_TOO_LONG;
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return WebhookRefusal.URL_INVALID;
        }
        String host = uri.getHost();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return WebhookRefusal.URL_INVALID;
        }
        if (uri.getRawUserInfo() != null) {
            return WebhookRefusal.URL_HAS_CREDENTIALS;
        }
        if (scheme.equals("http") && !(httpLocalhostAllowed && isLocalhostName(host))) {
            return WebhookRefusal.URL_NOT_HTTPS;
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(stripBrackets(host).toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            return WebhookRefusal.HOST_UNRESOLVED;
        }
        if (addresses == null || addresses.isEmpty()) {
            return WebhookRefusal.HOST_UNRESOLVED;
        }
        if (!internalAllowed && !addresses.stream().allMatch(AddressClass::isPublic)) {
            return WebhookRefusal.ADDRESS_NOT_PUBLIC;
        }
        return null;
    }

    private static boolean isLocalhostName(String host) {
        String h = stripBrackets(host).toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1");
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
