package com.affiliatecontests.component;

import java.util.Optional;

/**
 * A {@code component://name/path[#fragment]} location, as used by OFBiz widgets, controllers and
 * service definitions. The fragment is the screen name in a controller's view-map {@code page}.
 */
record ComponentUrl(String component, String path, String fragment) {

    private static final String SCHEME = "component://";

    /** Parses a literal location; empty for other values and for locations built from ${...}. */
    static Optional<ComponentUrl> parse(String value) {
        String text = value.trim();
        if (!text.startsWith(SCHEME) || text.contains("${")) {
            return Optional.empty();
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return Optional.of(new ComponentUrl(rest, "", null));
        }
        String path = rest.substring(slash + 1);
        String fragment = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        return Optional.of(new ComponentUrl(rest.substring(0, slash), path, fragment));
    }

    @Override
    public String toString() {
        return SCHEME + component + "/" + path + (fragment == null ? "" : "#" + fragment);
    }
}
