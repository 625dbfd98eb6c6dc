package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each edited field of the window is logged with its old and new value; each status move checks where it starts. */
class ContestEditAndStatusEdgesTest {

    private final ContestEditor editor = new ContestEditor();
    private final ContestLifecycle lifecycle = new ContestLifecycle();
    private final List<PartnerProfile> partners = List.of(PartnerProfile.of("P1", "Ann Lee"));

    private static ContestDefinition withWindow(LocalDateTime start, LocalDateTime end, String zone) {
        return Fixtures.revenueRace().withWindow(ContestWindow.of(start, end, zone));
    }

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 1, 0, 0);
    private static final LocalDateTime END = LocalDateTime.of(2026, 12, 1, 0, 0);

    private List<EditRecord> edit(ContestDefinition proposed) {
        Contest draft = Contest.draft("C1", withWindow(START, END, "Europe/Paris"));
        return editor.edit(draft, proposed, "admin", Instant.parse("2026-10-01T00:00:00Z")).log();
    }

    @Test
    void aNewStartIsLoggedAlone() {
        List<EditRecord> log = edit(withWindow(START.plusDays(1), END, "Europe/Paris"));
        assertEquals(1, log.size());
        assertEquals(ContestField.START, log.get(0).field());
        assertEquals("2026-11-01T00:00", log.get(0).oldValue());
        assertEquals("2026-11-02T00:00", log.get(0).newValue());
    }

    @Test
    void aNewEndIsLoggedAlone() {
        List<EditRecord> log = edit(withWindow(START, END.plusDays(2), "Europe/Paris"));
        assertEquals(1, log.size());
        assertEquals(ContestField.END, log.get(0).field());
        assertEquals("2026-12-01T00:00", log.get(0).oldValue());
        assertEquals("2026-12-03T00:00", log.get(0).newValue());
    }

    @Test
    void aNewTimeZoneIsLoggedAlone() {
        List<EditRecord> log = edit(withWindow(START, END, "America/New_York"));
        assertEquals(1, log.size());
        assertEquals(ContestField.TIME_ZONE, log.get(0).field());
        assertEquals("Europe/Paris", log.get(0).oldValue());
        assertEquals("America/New_York", log.get(0).newValue());
        assertEquals("admin", log.get(0).userLoginId());
        assertEquals("C1", log.get(0).contestId());
    }

    @Test
    void onlyADraftIsLaunchedAndOnlyAnEndedContestFinalized() {
        Contest draft = Contest.draft("C1", Fixtures.revenueRace());
        Contest active = lifecycle.launch(draft, partners, Fixtures.inNovember(3, 0));
        ValidationException again = assertThrows(ValidationException.class,
                () -> lifecycle.launch(active, partners, Fixtures.inNovember(3, 0)));
        assertTrue(again.has(ValidationCode.TRANSITION_NOT_ALLOWED));
        ValidationException early = assertThrows(ValidationException.class,
                () -> lifecycle.finalizeContest(active, Fixtures.inNovember(4, 0), true));
        assertTrue(early.has(ValidationCode.TRANSITION_NOT_ALLOWED), "an active contest is ended first");
    }

    @Test
    void aScheduledContestGoesBackToDraftWithoutItsSnapshotAndNothingElseDoes() {
        Contest scheduled = lifecycle.launch(Contest.draft("C1", Fixtures.revenueRace()), partners,
                Fixtures.inNovember(1, 0).minusSeconds(60));
        assertEquals(ContestStatus.SCHEDULED, scheduled.status());
        Contest draft = lifecycle.unschedule(scheduled);
        assertEquals(ContestStatus.DRAFT, draft.status());
        assertNull(draft.snapshot());
        assertEquals(scheduled.definition(), draft.definition());
        Contest active = lifecycle.launch(Contest.draft("C2", Fixtures.revenueRace()), partners, Fixtures.inNovember(3, 0));
        assertTrue(assertThrows(ValidationException.class, () -> lifecycle.unschedule(active))
                .has(ValidationCode.TRANSITION_NOT_ALLOWED));
    }
}
