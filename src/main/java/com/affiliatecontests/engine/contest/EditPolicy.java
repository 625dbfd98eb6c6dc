package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which fields each state lets an admin edit. A draft is open; a SCHEDULED contest too, except
 * its eligibility: launch froze who competes, so changing it means unscheduling back to a draft.
 * Once ACTIVE the rules are locked (only wording, display and extending the end); after the end
 * only wording and display; FINALIZED and CANCELLED contests are read-only.
 */
public final class EditPolicy {

    public Set<ContestField> editable(ContestStatus status) {
        return switch (status) {
        case DRAFT -> EnumSet.allOf(ContestField.class);
        case SCHEDULED -> EnumSet.complementOf(EnumSet.of(ContestField.ELIGIBILITY));
        case ACTIVE -> EnumSet.of(ContestField.NAME, ContestField.DESCRIPTION, ContestField.END,
                ContestField.DISPLAY);
        case ENDED -> EnumSet.of(ContestField.DESCRIPTION, ContestField.DISPLAY);
        case FINALIZED, CANCELLED -> EnumSet.noneOf(ContestField.class);
        };
    }

    public boolean allows(ContestStatus status, ContestField field) {
        return editable(status).contains(field);
    }

    /**
     * Why a field cannot be edited in a state: PARTICIPANTS_FROZEN for the eligibility of a
     * scheduled contest (unschedule it first), EDIT_NOT_ALLOWED otherwise.
     */
    public ValidationCode refusal(ContestStatus status, ContestField field) {
        return status == ContestStatus.SCHEDULED && field == ContestField.ELIGIBILITY
                ? ValidationCode.PARTICIPANTS_FROZEN : ValidationCode.EDIT_NOT_ALLOWED;
    }

    /** Refuses an edit of the field in this state (prize tiers and eligibility rules edited one by one). */
    public void check(ContestStatus status, ContestField field) {
        if (!allows(status, field)) {
            throw ValidationException.of(field.name().toLowerCase(), refusal(status, field),
                    field + " cannot be changed while the contest is " + status);
        }
    }
}
