/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.backoffice

import com.affiliatecontests.engine.contest.ScoreUnit
import com.affiliatecontests.engine.schedule.CalendarPeriod
import com.affiliatecontests.engine.schedule.Recurrence

import java.time.Instant
import java.time.ZoneId
import java.time.format.DateTimeFormatter

/**
 * The contest templates of the back office: the fields, prizes and calendar period of a ready-made
 * contest, as createAffContest and addAffContestPrize take them. Every affiliate is eligible; the
 * window is the calendar period the engine chooses (CalendarPeriod: this month, or the next one after
 * the 20th; likewise weeks and quarters) in the contest's time zone.
 */
class ContestTemplates {

    static final String LABELS = 'AffiliateContestsBackOfficeUiLabels'

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern('yyyy-MM-dd HH:mm')

    private static final Map<String, Map> TEMPLATES = [
            MONTHLY_REVENUE: [period: Recurrence.MONTHLY, fields: [metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING',
                    revenueBasisEnumId: 'AFFCB_GRAND_TOTAL', foreignCurrencyEnumId: 'AFFCF_EXCLUDE', maxWinners: 3L,
                    returnWindowDays: 14L, nameDisplayEnumId: 'AFFCN_ALIAS', showAmounts: 'Y'],
                    prizes: [[fromPlace: 1L, thruPlace: 1L, prizeKey: 'AffiliateContestsBoTemplatePrizeFirst', amount: 500],
                             [fromPlace: 2L, thruPlace: 2L, prizeKey: 'AffiliateContestsBoTemplatePrizeSecond', amount: 250],
                             [fromPlace: 3L, thruPlace: 3L, prizeKey: 'AffiliateContestsBoTemplatePrizeThird', amount: 100]]],
            FIRST_REFERRALS: [period: Recurrence.MONTHLY, fields: [metricEnumId: 'AFFCM_REFERRALS', kindEnumId: 'AFFCK_GOAL',
                    targetValue: 10, goalCap: 5L, returnWindowDays: 14L, nameDisplayEnumId: 'AFFCN_ALIAS', showAmounts: 'N'],
                    prizes: [[fromPlace: 1L, thruPlace: 5L, prizeKey: 'AffiliateContestsBoTemplatePrizeVoucher', amount: 50]]],
            QUARTERLY_CONVERSIONS: [period: Recurrence.QUARTERLY, fields: [metricEnumId: 'AFFCM_CONVERSIONS', kindEnumId: 'AFFCK_GOAL',
                    targetValue: 25, returnWindowDays: 30L, nameDisplayEnumId: 'AFFCN_INITIALS', showAmounts: 'N'],
                    prizes: [[fromPlace: 1L, thruPlace: null, prizeKey: 'AffiliateContestsBoTemplatePrizeBonus', amount: 100]]],
    ]

    /** The template ids, in the order the screens list them. */
    static List<String> ids() {
        return TEMPLATES.keySet() as List
    }

    static boolean exists(String templateId) {
        return TEMPLATES.containsKey(templateId)
    }

    /**
     * A template's summary for the screens: id, metric, kind, target, prizes, and the period a contest
     * made from it at {@code now} would run in {@code zone} (whether it is the current or the next one).
     */
    static Map summary(String templateId, Instant now, ZoneId zone) {
        Map template = TEMPLATES[templateId]
        CalendarPeriod period = CalendarPeriod.choose(template.period as Recurrence, now, zone)
        return [templateId: templateId, metricEnumId: template.fields.metricEnumId, kindEnumId: template.fields.kindEnumId,
                targetValue: template.fields.targetValue, recurrence: period.recurrence().name(), nextPeriod: period.next(),
                startLocal: period.start().atStartOfDay().format(SHOWN), endLocal: period.end().atStartOfDay().format(SHOWN),
                timeZoneId: zone.id,
                prizes: template.prizes.collect { [fromPlace: it.fromPlace, thruPlace: it.thruPlace, amount: it.amount] }]
    }

    /** createAffContest's fields for the template, its window the calendar period of {@code now} in {@code timeZoneId}. */
    static Map contestFields(String templateId, String contestName, String timeZoneId, String currencyUomId, Instant now) {
        Map template = TEMPLATES[templateId]
        CalendarPeriod period = CalendarPeriod.choose(template.period as Recurrence, now, ZoneId.of(timeZoneId))
        Map fields = [contestName: contestName, timeZoneId: timeZoneId, eligibleAll: 'Y', leaderboardSize: 10L,
                neighbourRows: 2L, startLocal: period.start().atStartOfDay().format(LOCAL),
                endLocal: period.end().atStartOfDay().format(LOCAL)] + template.fields
        if (fields.metricEnumId == 'AFFCM_REVENUE') {
            fields.currencyUomId = currencyUomId
        }
        fields.targetValue = fields.targetValue == null ? null : new BigDecimal(fields.targetValue.toString())
        return fields
    }

    /**
     * addAffContestPrize's fields for each prize tier, the prize text in the admin's language with its
     * amount in the currency and the admin's locale (the engine's ScoreUnit.money).
     */
    static List<Map> prizes(String templateId, String currencyUomId, Locale locale, Closure<String> label) {
        return TEMPLATES[templateId].prizes.collect { Map prize ->
            BigDecimal amount = new BigDecimal(prize.amount.toString())
            [fromPlace: prize.fromPlace, thruPlace: prize.thruPlace, amount: amount, currencyUomId: currencyUomId,
             prizeText: label(prize.prizeKey, [amount: ScoreUnit.money(amount, currencyUomId, locale)])]
        }
    }

}
