/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging.test

import com.affiliatecontests.ofbiz.test.ComponentTestCase
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue

import java.sql.Timestamp

/**
 * What the in-OFBiz messaging tests share: each test makes its own partners, tag and contests,
 * named after the run so that runs and tests never see each other's data.
 */
class MessagingTestCase extends ComponentTestCase {

    MessagingTestCase(String name) {
        super(name)
    }

    protected Map fields(String tag) {
        return [subject: "Holiday push ${run}".toString(), body: '<p>Push the <a href="https://shop.example.com/offer">offer</a>'
                + '<script>alert(1)</script></p>', instructions: 'Use code XMAS', repliesAllowed: 'Y',
                criteria: [[dimensionEnumId: 'AFFCD_TAG', groupId: tag]],
                links: [[linkTypeEnumId: 'AFFBL_CTA', label: 'Get the banners', url: 'https://shop.example.com/banners']],
                userLogin: admin()]
    }

    protected String broadcast(String tag) {
        return runOk('createAffBroadcast', fields(tag)).broadcastId
    }

    protected GenericValue recipient(String broadcastId, String partyId) {
        return from('AffBroadcastRecipient').where('broadcastId', broadcastId, 'partyId', partyId).queryOne()
    }

    protected GenericValue login(String partyId) {
        return getUserLogin(partyId.toLowerCase())
    }

    protected String tag(String suffix) {
        String groupId = "MT${run}${suffix}"
        delegator.create('PartyClassificationGroup', [partyClassificationGroupId: groupId,
                partyClassificationTypeId: 'AFFC_PARTNER_TAG', description: "Test tag ${suffix}"])
        return groupId
    }

    protected String affiliate(String suffix, String tag) {
        String partyId = newAffiliate("MA${run}${suffix}", "Partner ${suffix}")
        if (tag) {
            delegator.create('PartyClassification', [partyId: partyId, partyClassificationGroupId: tag,
                    fromDate: UtilDateTime.nowTimestamp()])
        }
        return partyId
    }

    /** Gives the partner a primary email address (ContactMech, PartyContactMech, PRIMARY_EMAIL purpose). */
    protected String email(String partyId) {
        String address = "${partyId.toLowerCase()}@partners.example.com"
        String mechId = delegator.getNextSeqId('ContactMech')
        Timestamp now = UtilDateTime.nowTimestamp()
        delegator.create('ContactMech', [contactMechId: mechId, contactMechTypeId: 'EMAIL_ADDRESS', infoString: address])
        delegator.create('PartyContactMech', [partyId: partyId, contactMechId: mechId, fromDate: now])
        delegator.create('PartyContactMechPurpose', [partyId: partyId, contactMechId: mechId,
                contactMechPurposeTypeId: 'PRIMARY_EMAIL', fromDate: now])
        return address
    }

    protected String contest(String suffix, String statusId) {
        String contestId = "MC${run}${suffix}"
        Timestamp now = UtilDateTime.nowTimestamp()
        delegator.create('AffContest', [contestId: contestId, contestName: "Contest ${suffix} ${run}", statusId: statusId,
                metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING', timeZoneId: 'UTC', fromDate: now, thruDate: now])
        return contestId
    }

    protected void participant(String contestId, String partyId) {
        delegator.create('AffContestParticipant', [contestId: contestId, partyId: partyId, reason: 'test',
                snapshotDate: UtilDateTime.nowTimestamp()])
    }

}
