package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.validation.Problems;
import com.affiliatecontests.engine.validation.ValidationCode;

import java.time.Instant;
import java.util.List;

/**
 * What an admin writes: subject, rich-text body, instructions, links (calls to action and
 * resources), an optional contest, whether replies are allowed, when to send (null: now) and to whom.
 */
public record BroadcastDraft(String subject, String body, String instructions, List<MessageLink> links,
                             String contestId, boolean repliesAllowed, Instant sendAt, AudienceRule audience) {

    /** The longest subject OFBiz's CommunicationEvent.subject holds. */
    public static final int SUBJECT_MAX = 255;

    public BroadcastDraft {
        links = links == null ? List.of() : List.copyOf(links);
        audience = audience == null ? new AudienceRule(false, null, null, null, null) : audience;
    }

    /**
     * The draft as it may be stored: body and instructions sanitised. Refuses an empty subject or
     * body, a link that is not http(s), a send time in the past and an audience naming nobody.
     */
    public BroadcastDraft validated(Instant now, HtmlSanitizer sanitizer) {
        Problems problems = new Problems();
        problems.check(subject != null && !subject.isBlank(), "subject", ValidationCode.REQUIRED, "a subject is required");
        problems.check(subject == null || subject.length() <= SUBJECT_MAX, "subject", ValidationCode.TOO_LONG,
                "the subject is longer than " + SUBJECT_MAX + " characters");
        String cleanBody = sanitizer.sanitize(body);
        problems.check(cleanBody != null && !cleanBody.isBlank(), "body", ValidationCode.REQUIRED,
                "a body is required");
        for (int i = 0; i < links.size(); i++) {
            MessageLink link = links.get(i);
            problems.check(link.label() != null && !link.label().isBlank(), "links[" + i + "].label",
                    ValidationCode.REQUIRED, "a link needs a label");
            problems.check(link.isWebAddress(), "links[" + i + "].url", ValidationCode.LINK_NOT_HTTP,
                    "a link must be an http or https address");
        }
        problems.check(sendAt == null || !sendAt.isBefore(now), "sendAt", ValidationCode.SCHEDULE_IN_PAST,
                "the send time is in the past");
        problems.check(!audience.isEmpty(), "audience", ValidationCode.ELIGIBILITY_EMPTY,
                "choose all affiliates or at least one criterion");
        problems.throwIfAny();
        return new BroadcastDraft(subject.trim(), cleanBody, sanitizer.sanitize(instructions), links, contestId,
                repliesAllowed, sendAt, audience);
    }
}
