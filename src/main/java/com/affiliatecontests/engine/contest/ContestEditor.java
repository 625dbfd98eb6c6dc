package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.Problems;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies an admin's edit: compares the proposed definition with the current one field by field,
 * refuses any change the state does not allow, validates the result, and returns it with one edit
 * record per changed field. A refused edit changes nothing. A draft may still be incomplete (no
 * prize tier, no eligibility yet), as when its prizes and eligibility are edited: launching it
 * validates it whole.
 */
public final class ContestEditor {

    /** What a draft may still lack while it is being set up; anything else invalid is refused. */
    private static final Set<ValidationCode> INCOMPLETE_DRAFT = EnumSet.of(ValidationCode.PRIZES_REQUIRED,
            ValidationCode.ELIGIBILITY_EMPTY);

    private final EditPolicy policy = new EditPolicy();

    public record Result(Contest contest, List<EditRecord> log) {
    }

    public Result edit(Contest contest, ContestDefinition proposed, String userLoginId, Instant now) {
        ContestDefinition current = contest.definition();
        List<ContestField> changed = changedFields(current, proposed);
        Problems problems = new Problems();
        for (ContestField field : changed) {
            problems.check(policy.allows(contest.status(), field), field.name().toLowerCase(),
                    policy.refusal(contest.status(), field),
                    field + " cannot be changed while the contest is " + contest.status());
        }
        if (changed.contains(ContestField.END) && contest.status() != ContestStatus.DRAFT
                && contest.status() != ContestStatus.SCHEDULED) {
            Instant newEnd = proposed.window().endInstant();
            problems.check(!newEnd.isBefore(current.window().endInstant()), "window.end",
                    ValidationCode.END_MOVED_EARLIER, "a running contest can only be extended");
            problems.check(newEnd.isAfter(now), "window.end", ValidationCode.END_BEFORE_NOW,
                    "the end cannot be moved before now");
        }
        problems.throwIfAny();
        try {
            proposed.validated();
        } catch (ValidationException e) {
            boolean incompleteDraft = contest.status() == ContestStatus.DRAFT
                    && e.errors().stream().allMatch(error -> INCOMPLETE_DRAFT.contains(error.code()));
            if (!incompleteDraft) {
                throw e;
            }
        }
        List<EditRecord> log = new ArrayList<>();
        for (ContestField field : changed) {
            Function<ContestDefinition, Object> value = reader(field);
            log.add(new EditRecord(contest.id(), now, userLoginId, field, String.valueOf(value.apply(current)),
                    String.valueOf(value.apply(proposed))));
        }
        return new Result(contest.withDefinition(proposed), List.copyOf(log));
    }

    static List<ContestField> changedFields(ContestDefinition a, ContestDefinition b) {
        List<ContestField> changed = new ArrayList<>();
        for (ContestField field : ContestField.values()) {
            if (!Objects.equals(reader(field).apply(a), reader(field).apply(b))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static Function<ContestDefinition, Object> reader(ContestField field) {
        return switch (field) {
        case NAME -> ContestDefinition::name;
        case DESCRIPTION -> ContestDefinition::description;
        case START -> d -> d.window().start();
        case END -> d -> d.window().end();
        case TIME_ZONE -> d -> d.window().zone();
        case METRIC -> ContestDefinition::metric;
        case KIND -> ContestDefinition::kind;
        case RULES -> ContestDefinition::rules;
        case PRIZES -> ContestDefinition::prizes;
        case ELIGIBILITY -> ContestDefinition::eligibility;
        case DISPLAY -> ContestDefinition::display;
        case REVENUE -> ContestDefinition::revenue;
        };
    }
}
