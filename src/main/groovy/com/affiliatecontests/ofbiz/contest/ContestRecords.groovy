/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.contest

import com.affiliatecontests.engine.contest.Contest
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.contest.ContestKind
import com.affiliatecontests.engine.contest.ContestMoment
import com.affiliatecontests.engine.contest.ContestRules
import com.affiliatecontests.engine.contest.ContestStatus
import com.affiliatecontests.engine.contest.ContestWindow
import com.affiliatecontests.engine.contest.DisplayPolicy
import com.affiliatecontests.engine.contest.ForeignCurrency
import com.affiliatecontests.engine.contest.Metric
import com.affiliatecontests.engine.contest.ScoreUnit
import com.affiliatecontests.engine.contest.NameDisplay
import com.affiliatecontests.engine.contest.PrizeTable
import com.affiliatecontests.engine.contest.PrizeTier
import com.affiliatecontests.engine.contest.RevenueBasis
import com.affiliatecontests.engine.contest.RevenueRule
import com.affiliatecontests.engine.contest.TieBreak
import com.affiliatecontests.engine.eligibility.AudienceRule
import com.affiliatecontests.engine.eligibility.Criterion
import com.affiliatecontests.engine.eligibility.Dimension
import com.affiliatecontests.engine.eligibility.Match
import com.affiliatecontests.ofbiz.eligibility.SnapshotWriter
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp
import java.time.Duration
import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneId

/**
 * Maps the contest entities to the engine's value types and back. Holds no rule: every decision
 * is the engine's.
 */
class ContestRecords {

    static final String EXCLUDE = 'AFFCE_EXCLUDE'

    private final Delegator delegator

    /** Participant rows this instance has read (the lifecycle job reports it: a move must read none). */
    long participantsRead = 0

    ContestRecords(Delegator delegator) {
        this.delegator = delegator
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant)
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp?.toInstant()
    }

    /** A wall-clock date-time typed by an admin ("2026-11-01 00:00", "2026-11-01T00:00:00"). */
    /**
     * A moment of a contest for the screens (engine ContestMoment): the time in the contest's zone with
     * the zone's name, and the admin's time and zone where the admin's clock reads otherwise; null without a moment.
     */
    static Map moment(Timestamp at, String contestZoneId, TimeZone adminZone) {
        if (at == null) {
            return null
        }
        ZoneId zone = contestZoneId ? ZoneId.of(contestZoneId) : TimeZone.getDefault().toZoneId()
        ContestMoment moment = ContestMoment.of(at.toInstant(), zone, (adminZone ?: TimeZone.getDefault()).toZoneId())
        return [contestTime: moment.contestTime(), contestZone: moment.contestZone(), adminTime: moment.adminTime(),
                adminZone: moment.adminZone()]
    }

    static LocalDateTime localDateTime(String text) {
        String iso = text.trim().replace(' ', 'T')
        if (iso.length() == 10) {
            iso += 'T00:00'
        }
        int dot = iso.indexOf('.')
        return LocalDateTime.parse(dot > 0 ? iso.substring(0, dot) : iso)
    }

    /** The engine's name for an enumeration: its enumCode (AFFCM_CONV_RATE gives CONVERSION_RATE). */
    String code(String enumId) {
        if (!enumId) {
            return null
        }
        GenericValue enumeration = EntityQuery.use(delegator).from('Enumeration').where('enumId', enumId).cache()
                .queryOne()
        return enumeration ? enumeration.getString('enumCode') : enumId
    }

    GenericValue contestValue(String contestId) {
        return EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
    }

    ContestWindow window(GenericValue contest) {
        ZoneId zone = ContestWindow.zone(contest.getString('timeZoneId'))
        return new ContestWindow(LocalDateTime.ofInstant(instant(contest.getTimestamp('fromDate')), zone),
                LocalDateTime.ofInstant(instant(contest.getTimestamp('thruDate')), zone), zone)
    }

    /** What the contest's scores are (money, count, rate), from its metric; a count when it has none yet. */
    ScoreUnit scoreUnit(GenericValue contest) {
        String metric = code(contest?.getString('metricEnumId'))
        return metric ? Metric.parse(metric).scoreUnit() : ScoreUnit.COUNT
    }

    ContestDefinition definition(GenericValue contest) {
        String contestId = contest.getString('contestId')
        Metric metric = Metric.parse(code(contest.getString('metricEnumId')))
        ContestKind kind = ContestKind.parse(code(contest.getString('kindEnumId')))
        List<TieBreak> tieBreaks = (contest.getString('tieBreakOrder') ?: '').split(',')
                .findAll { it.trim() }.collect { TieBreak.parse(code(it.trim())) }
        Long returnDays = contest.getLong('returnWindowDays')
        ContestRules rules = new ContestRules(contest.getBigDecimal('minimumToQualify'),
                contest.getBigDecimal('targetValue'), contest.getLong('maxWinners')?.intValue(),
                contest.getLong('goalCap')?.intValue(), contest.getLong('minimumVisits') ?: 0L, tieBreaks,
                returnDays ? Duration.ofDays(returnDays) : Duration.ZERO)
        List<GenericValue> prizeRows = EntityQuery.use(delegator).from('AffContestPrize').where('contestId', contestId)
                .orderBy('fromPlace').queryList()
        List<PrizeTier> tiers = prizeRows.collect {
            new PrizeTier(it.getLong('fromPlace').intValue(), it.getLong('thruPlace')?.intValue(),
                    it.getString('prizeText'), it.getBigDecimal('amount'), it.getString('currencyUomId'))
        }
        RevenueRule revenue = null
        if (metric == Metric.REVENUE) {
            Map<String, BigDecimal> rates = [:]
            EntityQuery.use(delegator).from('AffContestRate').where('contestId', contestId).queryList().each {
                rates[it.getString('currencyUomId')] = it.getBigDecimal('rate')
            }
            String basis = code(contest.getString('revenueBasisEnumId')) ?: 'GRAND_TOTAL'
            String foreign = code(contest.getString('foreignCurrencyEnumId')) ?: 'EXCLUDE'
            revenue = new RevenueRule(RevenueBasis.valueOf(basis), contest.getString('currencyUomId'),
                    ForeignCurrency.valueOf(foreign), rates)
        }
        DisplayPolicy display = new DisplayPolicy(
                NameDisplay.valueOf(code(contest.getString('nameDisplayEnumId')) ?: 'ALIAS'),
                contest.getString('showAmounts') != 'N', contest.getLong('leaderboardSize')?.intValue() ?: 10,
                contest.getLong('neighbourRows')?.intValue() ?: 2)
        return new ContestDefinition(contest.getString('contestName'), contest.getString('description'),
                window(contest), metric, kind, rules, new PrizeTable(tiers), audience(contestId, contest), display,
                revenue)
    }

    AudienceRule audience(String contestId, GenericValue contest) {
        List<GenericValue> rows = EntityQuery.use(delegator).from('AffContestEligibility')
                .where('contestId', contestId).orderBy('ruleSeqId').queryList()
        List<Criterion> include = []
        List<Criterion> exclude = []
        Set<String> excludedParties = [] as Set
        rows.each { row ->
            String dimension = code(row.getString('dimensionEnumId'))
            if (dimension == 'PARTY') {
                excludedParties << row.getString('groupId')
            } else {
                Criterion criterion = new Criterion(Dimension.valueOf(dimension), row.getString('groupId'))
                (row.getString('ruleTypeEnumId') == EXCLUDE ? exclude : include) << criterion
            }
        }
        Match match = Match.valueOf(code(contest.getString('includeMatchEnumId')) ?: 'ANY')
        return new AudienceRule(contest.getString('eligibleAll') == 'Y', match, include, exclude, excludedParties)
    }

    /**
     * The contest for the engine's moves and edits, without its participants: no move, edit or series step
     * reads them (a launch takes a new snapshot), and a contest of a million partners must not be loaded
     * for a status change. Where they are needed, read them with participants(contestId).
     */
    Contest contest(GenericValue contest) {
        return new Contest(contest.getString('contestId'), definition(contest),
                ContestStatus.fromStatusId(contest.getString('statusId')), null, contest.getString('seriesId'),
                contest.getLong('instanceNumber')?.intValue() ?: 0)
    }

    /** The party ids of a contest's participants in their order, one column read through a cursor. */
    SortedSet<String> participants(String contestId) {
        List<String> partyIds = new SnapshotWriter(delegator).column('AffContestParticipant', contestId, 'partyId')
        participantsRead += partyIds.size()
        return new TreeSet<String>(partyIds)
    }

}
