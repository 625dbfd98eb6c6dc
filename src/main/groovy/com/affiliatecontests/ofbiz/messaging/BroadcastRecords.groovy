/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import com.affiliatecontests.engine.eligibility.AudienceRule
import com.affiliatecontests.engine.eligibility.Criterion
import com.affiliatecontests.engine.eligibility.Dimension
import com.affiliatecontests.engine.eligibility.Match
import com.affiliatecontests.engine.eligibility.Threshold
import com.affiliatecontests.engine.messaging.BroadcastDraft
import com.affiliatecontests.engine.messaging.BroadcastStatus
import com.affiliatecontests.engine.messaging.HtmlSanitizer
import com.affiliatecontests.engine.messaging.MessageLink
import com.affiliatecontests.engine.validation.ValidationCode
import com.affiliatecontests.engine.validation.ValidationException
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/**
 * Maps broadcasts between the admin's fields, the entities and the engine's draft and audience.
 * Holds no rule: what is valid and who is in are the engine's decisions.
 */
class BroadcastRecords {

    static final String INCLUDE = 'AFFCE_INCLUDE'
    static final String EXCLUDE = 'AFFCE_EXCLUDE'
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer()
    static final Map<String, MessageLink.LinkKind> LINK_KINDS = [AFFBL_CTA: MessageLink.LinkKind.CALL_TO_ACTION,
                                                                 AFFBL_RESOURCE: MessageLink.LinkKind.RESOURCE]

    private final Delegator delegator

    BroadcastRecords(Delegator delegator) {
        this.delegator = delegator
    }

    GenericValue broadcast(String broadcastId) {
        return broadcastId ? EntityQuery.use(delegator).from('AffBroadcast').where('broadcastId', broadcastId).queryOne()
                : null
    }

    BroadcastStatus status(GenericValue broadcast) {
        return BroadcastStatus.fromStatusId(broadcast.getString('statusId'))
    }

    /** The dimension of an AFFCD_ enumeration (its enumCode), or null when there is no such dimension. */
    Dimension dimension(String dimensionEnumId) {
        GenericValue enumeration = dimensionEnumId ? EntityQuery.use(delegator).from('Enumeration')
                .where('enumId', dimensionEnumId, 'enumTypeId', 'AFFC_DIM').cache().queryOne() : null
        return enumeration ? Dimension.valueOf(enumeration.getString('enumCode')) : null
    }

    /** The criterion of an audience row (or of the admin's map with the same fields). */
    Criterion criterion(Map row) {
        Dimension dimension = dimension(row.dimensionEnumId as String)
        if (!dimension) {
            throw ValidationException.of("audience.${row.dimensionEnumId}", ValidationCode.UNKNOWN_GROUP,
                    "no such audience dimension")
        }
        BigDecimal value = row.thresholdValue == null ? BigDecimal.ZERO : new BigDecimal(row.thresholdValue.toString())
        int days = row.windowDays == null ? 0 : (row.windowDays as Integer)
        Threshold threshold = null
        if (dimension == Dimension.CONTEST_TOP) {
            threshold = Threshold.top(value.intValue())
        } else if (dimension == Dimension.NO_SALE) {
            threshold = Threshold.days(days)
        } else if (dimension.isPerformance()) {
            threshold = new Threshold(row.compareEnumId == 'AFFCC_BELOW' ? Threshold.Comparison.BELOW
                    : Threshold.Comparison.ABOVE, value, days)
        }
        return new Criterion(dimension, dimension.namesGroup() ? (row.groupId ?: '') : null, threshold)
    }

    /** The audience from all-affiliates, the match and the criteria rows. */
    AudienceRule audience(boolean all, String includeMatchEnumId, List<Map> rows) {
        List<Criterion> include = []
        List<Criterion> exclude = []
        Set<String> excludedParties = [] as Set
        rows.each { Map row ->
            Criterion criterion = criterion(row)
            boolean excluded = row.ruleTypeEnumId == EXCLUDE
            if (excluded && criterion.dimension() == Dimension.PARTY) {
                excludedParties << criterion.groupId()
            } else {
                (excluded ? exclude : include) << criterion
            }
        }
        Match match = includeMatchEnumId == 'AFFCX_ALL' ? Match.ALL : Match.ANY
        return new AudienceRule(all, match, include, exclude, excludedParties)
    }

    List<Map> audienceRows(String broadcastId) {
        return EntityQuery.use(delegator).from('AffBroadcastAudience').where('broadcastId', broadcastId)
                .orderBy('ruleSeqId').queryList().collect { it.getAllFields() }
    }

    AudienceRule audience(GenericValue broadcast) {
        return audience(broadcast.getString('eligibleAll') == 'Y', broadcast.getString('includeMatchEnumId'),
                audienceRows(broadcast.getString('broadcastId')))
    }

    /** The personal lines of named partners (a winners' message), by party id, as the sanitiser lets them into HTML. */
    Map<String, String> personalLines(String broadcastId) {
        return EntityQuery.use(delegator).from('AffBroadcastAudience').where('broadcastId', broadcastId,
                'dimensionEnumId', 'AFFCD_PARTY', 'ruleTypeEnumId', INCLUDE).queryList()
                .findAll { it.getString('personalLine') }
                .collectEntries { [(it.getString('groupId')): SANITIZER.sanitize(it.getString('personalLine'))] }
    }

    List<MessageLink> linksOf(List<Map> rows) {
        return rows.collect { Map row ->
            new MessageLink(LINK_KINDS[row.linkTypeEnumId ?: 'AFFBL_CTA'] ?: MessageLink.LinkKind.CALL_TO_ACTION,
                    (row.label ?: row.linkLabel) as String, (row.url ?: row.linkUrl) as String)
        }
    }

    List<GenericValue> linkValues(String broadcastId) {
        return EntityQuery.use(delegator).from('AffBroadcastLink').where('broadcastId', broadcastId).orderBy('linkSeqId')
                .queryList()
    }

    /** The draft as the admin gave it (not yet validated). */
    BroadcastDraft draft(Map fields, AudienceRule audience, List<Map> links) {
        Timestamp sendDate = fields.sendDate as Timestamp
        return new BroadcastDraft(fields.subject as String, fields.body as String, fields.instructions as String,
                linksOf(links), fields.contestId as String, fields.repliesAllowed != 'N', sendDate?.toInstant(), audience)
    }

    /** Replaces the stored audience and links of a broadcast. */
    void storeChildren(String broadcastId, List<Map> criteria, List<MessageLink> links, List<Map> linkRows) {
        if (criteria != null) {
            delegator.removeByAnd('AffBroadcastAudience', [broadcastId: broadcastId])
            criteria.eachWithIndex { Map row, int i ->
                delegator.create('AffBroadcastAudience', [broadcastId: broadcastId, ruleSeqId: String.format('%05d', i + 1),
                        ruleTypeEnumId: row.ruleTypeEnumId ?: INCLUDE, dimensionEnumId: row.dimensionEnumId,
                        groupId: row.groupId, compareEnumId: row.compareEnumId,
                        thresholdValue: row.thresholdValue == null ? null : new BigDecimal(row.thresholdValue.toString()),
                        windowDays: row.windowDays == null ? null : row.windowDays as Long, personalLine: row.personalLine])
            }
        }
        if (linkRows != null) {
            delegator.removeByAnd('AffBroadcastClick', [broadcastId: broadcastId])
            delegator.removeByAnd('AffBroadcastLink', [broadcastId: broadcastId])
            links.eachWithIndex { MessageLink link, int i ->
                delegator.create('AffBroadcastLink', [broadcastId: broadcastId, linkSeqId: String.format('%05d', i + 1),
                        linkTypeEnumId: LINK_KINDS.find { it.value == link.kind() }.key, linkLabel: link.label(),
                        linkUrl: link.url()])
            }
        }
    }

}
