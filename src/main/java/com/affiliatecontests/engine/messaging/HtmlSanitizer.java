package com.affiliatecontests.engine.messaging;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans the rich text of a message with the OWASP HTML sanitizer (the library OFBiz itself ships):
 * formatting, blocks, lists, tables, images and links are kept; scripts, styles sheets, event
 * handlers, forms, frames, objects and any URL that is not http, https or mailto are removed.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES).and(Sanitizers.IMAGES).and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "span", "div").toFactory());

    /** The safe HTML of the text; null stays null. */
    public String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
