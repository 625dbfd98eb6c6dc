package com.affiliatecontests.engine.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body of a message after sanitising: no script, handler, foreign frame or dangerous URL survives. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** What must never be left in a sanitised body, case-insensitively. */
    private static final List<String> FORBIDDEN = List.of("<script", "javascript:", "vbscript:", "onerror", "onload",
            "onclick", "onmouseover", "onfocus", "<iframe", "<frame", "<object", "<embed", "<form", "<meta", "<base",
            "<link", "<svg", "<math", "expression(", "data:text/html", "<style", "srcdoc", "formaction");
    /** The only elements a sanitised body may hold (inert text such as "alert(1)" may stay, escaped). */
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "div", "span", "b", "i", "u", "s", "em", "strong",
            "sub", "sup", "strike", "tt", "big", "small", "font", "a", "ul", "ol", "li", "br", "hr", "img", "table",
            "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col", "blockquote", "pre", "h1", "h2",
            "h3", "h4", "h5", "h6");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-z0-9]+)");

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>Hello",
        "<SCRIPT SRC=https://evil.test/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"https://ok.test/a.png\" onload=\"alert(1)\">",
        "<svg onload=alert(1)><circle r=1></circle></svg>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<iframe src=\"https://evil.test\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<frameset><frame src=\"https://evil.test\"></frameset>",
        "<object data=\"https://evil.test/x.swf\"></object>",
        "<embed src=\"https://evil.test/x.swf\">",
        "<form action=\"https://evil.test\"><input type=submit formaction=\"javascript:alert(1)\"></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.test\">",
        "<base href=\"https://evil.test/\">",
        "<link rel=stylesheet href=\"https://evil.test/x.css\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<p style=\"background-image: url(javascript:alert(1))\">x</p>",
        "<body onload=alert(1)>",
        "<p onmouseover=\"alert(1)\">hover</p>",
        "<button onclick=\"alert(1)\">b</button>",
        "<input autofocus onfocus=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<<script>script>alert(1)<</script>/script>",
        "<img src=\"x\" alt=\"\\\" onerror=alert(1) \">",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<!--<script>alert(1)</script>-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<a href=\"https://ok.test\" onclick=\"alert(1)\">ok</a>",
        "<img src=\"javascript:alert(1)\">",
        "<isindex action=\"javascript:alert(1)\" type=image>",
        "<xss style=\"behavior: url(xss.htc);\">",
    })
    void xssPayloadsLeaveNothingExecutable(String payload) {
        String clean = sanitizer.sanitize(payload).toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN) {
            assertFalse(clean.contains(forbidden), () -> "'" + forbidden + "' survived in " + clean);
        }
        Matcher tag = TAG.matcher(clean);
        while (tag.find()) {
            assertTrue(ALLOWED_TAGS.contains(tag.group(1)), "element " + tag.group(1) + " survived in " + clean);
        }
    }

    @Test
    void linksAndFormattingAreKept() {
        String clean = sanitizer.sanitize("<p>Hello <b>partner</b>, see <a href=\"https://shop.test/offer?x=1&amp;y=2\">"
                + "the offer</a></p><ul><li>one</li></ul>");
        assertTrue(clean.contains("<a href=\"https://shop.test/offer?x&#61;1&amp;y&#61;2\""), clean);
        assertTrue(clean.contains("<b>partner</b>"), clean);
        assertTrue(clean.contains("<ul><li>one</li></ul>"), clean);
        assertTrue(clean.contains(">the offer</a>"), clean);
    }

    @Test
    void plainTextIsEscapedNotLost() {
        assertEquals("5 &lt; 7 &amp; 9 &gt; 3", sanitizer.sanitize("5 < 7 & 9 > 3"));
        assertNull(sanitizer.sanitize(null));
    }

    @Test
    void imagesOverHttpsStay() {
        String clean = sanitizer.sanitize("<img src=\"https://cdn.test/banner.png\" alt=\"Banner\">");
        assertTrue(clean.contains("src=\"https://cdn.test/banner.png\""), clean);
    }
}
