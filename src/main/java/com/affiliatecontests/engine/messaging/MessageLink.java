package com.affiliatecontests.engine.messaging;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A link of a message: a call to action or a resource, with its label and its http(s) address.
 * The click redirect only ever sends a partner to one of its message's links.
 */
public record MessageLink(LinkKind kind, String label, String url) {

    public MessageLink {
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the address is an absolute http or https URL with a host. */
    public boolean isWebAddress() {
        if (url == null || url.isBlank() || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** What a link is for. */
    public enum LinkKind {
        CALL_TO_ACTION,
        RESOURCE
    }
}
