package com.affiliatecontests.engine.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events an endpoint can subscribe to, with the name a receiver sees in the payload's
 * {@code type}. Contest and reward statuses map to events here, so the OFBiz layer only reports
 * what was stored.
 */
public enum WebhookEvent {
    CONTEST_LAUNCHED("contest.launched"),
    CONTEST_ENDED("contest.ended"),
    CONTEST_FINALIZED("contest.finalized"),
    WINNER_APPROVED("winner.approved"),
    REWARD_ISSUED("reward.issued"),
    FIRST_PLACE_TAKEN("leaderboard.first_place"),
    REPLY_RECEIVED("message.reply_received");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The event of a wire name or an enum name ({@code contest.launched} or {@code CONTEST_LAUNCHED}). */
    public static Optional<WebhookEvent> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        return Arrays.stream(values())
                .filter(e -> e.wireName.equals(trimmed) || e.name().equals(trimmed))
                .findFirst();
    }

    /**
     * The event a contest's new status announces: launched (scheduled or active: a contest launched
     * before its start is already announced), ended, finalized; none for the others.
     */
    public static Optional<WebhookEvent> forContestStatus(String statusId) {
        if (statusId == null) {
            return Optional.empty();
        }
        return switch (statusId) {
            case "AFFC_SCHEDULED", "AFFC_ACTIVE" -> Optional.of(CONTEST_LAUNCHED);
            case "AFFC_ENDED" -> Optional.of(CONTEST_ENDED);
            case "AFFC_FINALIZED" -> Optional.of(CONTEST_FINALIZED);
            default -> Optional.empty();
        };
    }

    /** The event a winner's new reward status announces: approved; none for the others. */
    public static Optional<WebhookEvent> forRewardStatus(String rewardStatusId) {
        return "AFFC_RW_APPROVED".equals(rewardStatusId) ? Optional.of(WINNER_APPROVED) : Optional.empty();
    }

    /**
     * The key that makes an event happen once: a contest is launched, ended or finalized once, a
     * winner approved once; the other events are keyed by what caused them (a reply, a reward, a
     * change of leader), given as {@code occurrence}.
     */
    public String eventKey(String subject, String occurrence) {
        StringBuilder key = new StringBuilder(wireName).append(':').append(subject);
        if (occurrence != null && !occurrence.isEmpty()) {
            key.append(':').append(occurrence);
        }
        return key.toString();
    }
}
