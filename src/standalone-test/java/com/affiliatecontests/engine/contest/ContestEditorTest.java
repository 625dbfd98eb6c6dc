package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.Criterion;
import com.affiliatecontests.engine.eligibility.Dimension;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestEditorTest {

    private final ContestEditor editor = new ContestEditor();
    private final Instant now = Fixtures.inNovember(10, 12);

    private static ContestDefinition renamed(ContestDefinition d, String name) {
        return new ContestDefinition(name, d.description(), d.window(), d.metric(), d.kind(), d.rules(), d.prizes(),
                d.eligibility(), d.display(), d.revenue());
    }

    private static ContestDefinition withMinimum(ContestDefinition d, String minimum) {
        return new ContestDefinition(d.name(), d.description(), d.window(), d.metric(), d.kind(),
                d.rules().withMinimumToQualify(new BigDecimal(minimum)), d.prizes(), d.eligibility(), d.display(),
                d.revenue());
    }

    @Test
    void draftEditsAreLoggedFieldByField() {
        Contest draft = Contest.draft("C1", Fixtures.revenueRace());
        ContestDefinition proposed = withMinimum(renamed(draft.definition(), "November sprint"), "50");
        ContestEditor.Result result = editor.edit(draft, proposed, "admin", now);
        assertEquals("November sprint", result.contest().definition().name());
        assertEquals(List.of(ContestField.NAME, ContestField.RULES),
                result.log().stream().map(EditRecord::field).toList());
        EditRecord first = result.log().get(0);
        assertEquals("admin", first.userLoginId());
        assertEquals(now, first.at());
        assertEquals("Monthly revenue race", first.oldValue());
        assertEquals("November sprint", first.newValue());
    }

    @Test
    void aScheduledContestsParticipantsAreFrozenUntilItIsUnscheduled() {
        Contest draft = Contest.draft("C1", Fixtures.revenueRace());
        Contest scheduled = Fixtures.running("C1", Fixtures.revenueRace(), "P1", "P2")
                .withStatus(ContestStatus.SCHEDULED);
        ContestDefinition bloggersOnly = withEligibility(draft.definition(),
                AudienceRule.anyOf(new Criterion(Dimension.TAG, "BLOGGER")));
        ValidationException e = assertThrows(ValidationException.class,
                () -> editor.edit(scheduled, bloggersOnly, "admin", now));
        assertTrue(e.has(ValidationCode.PARTICIPANTS_FROZEN), e.toString());
        assertEquals("AffiliateContestsErrorParticipantsFrozen", e.errors().get(0).labelKey());
        ValidationException oneByOne = assertThrows(ValidationException.class,
                () -> new EditPolicy().check(ContestStatus.SCHEDULED, ContestField.ELIGIBILITY));
        assertTrue(oneByOne.has(ValidationCode.PARTICIPANTS_FROZEN));
        // the rest of a scheduled contest stays editable, and a draft's eligibility too
        assertEquals("November sprint",
                editor.edit(scheduled, renamed(scheduled.definition(), "November sprint"), "admin", now)
                        .contest().definition().name());
        new EditPolicy().check(ContestStatus.SCHEDULED, ContestField.PRIZES);
        Contest unscheduled = new ContestLifecycle().unschedule(scheduled);
        assertEquals(ContestStatus.DRAFT, unscheduled.status());
        assertEquals(null, unscheduled.snapshot());
        assertEquals(List.of(ContestField.ELIGIBILITY),
                editor.edit(unscheduled, bloggersOnly, "admin", now).log().stream().map(EditRecord::field).toList());
        assertThrows(ValidationException.class,
                () -> new EditPolicy().check(ContestStatus.ACTIVE, ContestField.ELIGIBILITY));
        assertEquals(ValidationCode.EDIT_NOT_ALLOWED,
                new EditPolicy().refusal(ContestStatus.ACTIVE, ContestField.ELIGIBILITY));
    }

    private static ContestDefinition withEligibility(ContestDefinition d, AudienceRule rule) {
        return new ContestDefinition(d.name(), d.description(), d.window(), d.metric(), d.kind(), d.rules(), d.prizes(),
                rule, d.display(), d.revenue());
    }

    @Test
    void rulesAreLockedOnceActive() {
        Contest active = Fixtures.running("C1", Fixtures.revenueRace(), "P1");
        ValidationException e = assertThrows(ValidationException.class,
                () -> editor.edit(active, withMinimum(active.definition(), "10"), "admin", now));
        assertTrue(e.has(ValidationCode.EDIT_NOT_ALLOWED));
        assertEquals("AffiliateContestsErrorEditNotAllowed", e.errors().get(0).labelKey());
    }

    @Test
    void aRunningContestCanBeExtendedButNotShortened() {
        Contest active = Fixtures.running("C1", Fixtures.revenueRace(), "P1");
        ContestWindow window = active.definition().window();
        ContestDefinition extended = active.definition().withWindow(window.withEnd(LocalDateTime.of(2026, 12, 15, 0, 0)));
        assertEquals(List.of(ContestField.END), editor.edit(active, extended, "admin", now).log().stream()
                .map(EditRecord::field).toList());

        ContestDefinition shortened = active.definition().withWindow(window.withEnd(LocalDateTime.of(2026, 11, 20, 0, 0)));
        assertTrue(assertThrows(ValidationException.class, () -> editor.edit(active, shortened, "admin", now))
                .has(ValidationCode.END_MOVED_EARLIER));
    }

    @Test
    void theEndIsNeverMovedBeforeNow() {
        Contest active = Fixtures.running("C1", Fixtures.revenueRace(), "P1");
        ContestDefinition extended = active.definition().withWindow(
                active.definition().window().withEnd(LocalDateTime.of(2026, 12, 2, 0, 0)));
        Instant late = Fixtures.NOVEMBER.endInstant().plusSeconds(3 * 86400);
        assertTrue(assertThrows(ValidationException.class, () -> editor.edit(active, extended, "admin", late))
                .has(ValidationCode.END_BEFORE_NOW));
    }

    @Test
    void finalizedContestsAreReadOnly() {
        Contest finalized = Fixtures.running("C1", Fixtures.revenueRace(), "P1").withStatus(ContestStatus.FINALIZED);
        assertThrows(ValidationException.class,
                () -> editor.edit(finalized, renamed(finalized.definition(), "x"), "admin", now));
        assertTrue(new EditPolicy().editable(ContestStatus.FINALIZED).isEmpty());
        assertFalse(new EditPolicy().allows(ContestStatus.ACTIVE, ContestField.PRIZES));
    }

    @Test
    void anInvalidEditChangesNothing() {
        Contest draft = Contest.draft("C1", Fixtures.revenueRace());
        assertThrows(ValidationException.class, () -> editor.edit(draft, renamed(draft.definition(), " "), "a", now));
        assertEquals("Monthly revenue race", draft.definition().name());
    }

    @Test
    void noChangeGivesNoLog() {
        Contest draft = Contest.draft("C1", Fixtures.revenueRace());
        ContestEditor.Result result = editor.edit(draft, draft.definition(), "admin", now);
        assertTrue(result.log().isEmpty());
        assertSame(draft.definition(), result.contest().definition());
    }

    @Test
    void aDraftMayStayWithoutPrizesUntilLaunchButNotOtherwiseInvalid() {
        ContestDefinition full = Fixtures.revenueRace();
        ContestDefinition noPrizes = new ContestDefinition(full.name(), full.description(), full.window(), full.metric(),
                full.kind(), full.rules(), PrizeTable.of(), full.eligibility(), full.display(), full.revenue());
        Contest draft = new Contest("C1", noPrizes, ContestStatus.DRAFT, null, null, 0); // as the OFBiz layer reads a stored draft
        ContestEditor.Result result = editor.edit(draft, withMinimum(noPrizes, "50"), "admin", now);
        assertEquals(List.of(ContestField.RULES), result.log().stream().map(EditRecord::field).toList());
        ValidationException bad = assertThrows(ValidationException.class,
                () -> editor.edit(draft, withMinimum(noPrizes, "-1"), "admin", now));
        assertTrue(bad.errors().stream().anyMatch(e -> e.code() == ValidationCode.MINIMUM_NEGATIVE), bad.toString());
        Contest scheduled = draft.withStatus(ContestStatus.SCHEDULED);
        assertThrows(ValidationException.class, () -> editor.edit(scheduled, withMinimum(noPrizes, "50"), "admin", now),
                "a scheduled contest is launched: it must stay complete");
    }
}
