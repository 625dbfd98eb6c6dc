/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging.test

import com.affiliatecontests.ofbiz.portal.test.PortalBrowser
import com.affiliatecontests.ofbiz.screens.AudienceChoices
import org.apache.ofbiz.base.crypto.HashCrypt
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.common.login.LoginServices
import org.apache.ofbiz.service.ServiceAuthException
import org.apache.ofbiz.service.ServiceUtil

/**
 * The back office's partner fields (eligibility, audience builder) search partners as the admin
 * types, instead of listing every affiliate as an option.
 */
class PartnerLookupTests extends MessagingTestCase {

    PartnerLookupTests(String name) {
        super(name)
    }

    /** A party group affiliate with an alias (OFBiz's Affiliate refers to PartyGroup). */
    private String groupAffiliate(String suffix, String groupName, String alias) {
        String partyId = "ML${run}${suffix}"
        delegator.create('Party', [partyId: partyId, partyTypeId: 'PARTY_GROUP', statusId: 'PARTY_ENABLED'])
        delegator.create('PartyGroup', [partyId: partyId, groupName: groupName])
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
        delegator.create('Affiliate', [partyId: partyId, affiliateName: alias])
        return partyId
    }

    void testTheLookupFindsMatchingPartnersOnlyForAContestViewer() {
        String one = groupAffiliate('1', "Zephyr Media ${run}", "Zeph${run}One")
        String two = groupAffiliate('2', "Blue Coupons ${run}", "Zeph${run}Two")
        String other = groupAffiliate('3', "Other Deals ${run}", "Other${run}")

        Map found = runOk('lookupAffPartners', [term: "zeph${run}".toString(), userLogin: admin()])
        assert found.partners*.partyId == [one, two]
        assert found.partners[0] == [partyId: one, alias: "Zeph${run}One".toString(), name: "Zephyr Media ${run}".toString()]
        assert runOk('lookupAffPartners', [term: "blue coupons ${run}".toString(), userLogin: admin()]).partners*.partyId == [two]
        assert runOk('lookupAffPartners', [term: other.toLowerCase(), userLogin: admin()]).partners*.partyId == [other]
        assert runOk('lookupAffPartners', [term: 'Z', userLogin: admin()]).partners == [], 'two characters at least'
        assert runOk('lookupAffPartners', [term: "ML${run}".toString(), viewSize: 2, userLogin: admin()]).partners.size() == 2

        // a partner (no AFFCONTEST_VIEW) gets nothing
        String partner = affiliate('P', null)
        boolean refused
        try {
            Map denied = dispatcher.runSync('lookupAffPartners', [term: "zeph${run}".toString(), userLogin: login(partner)])
            refused = ServiceUtil.isError(denied) && !denied.partners
        } catch (ServiceAuthException e) {
            refused = e.message.contains('AFFCONTEST_VIEW')
        }
        assert refused, 'a user without AFFCONTEST_VIEW gets no partner'

        // the forms' choices carry no partner: the partner dimension is a lookup
        List<Map> dimensions = new AudienceChoices(delegator).groups(true)
        Map party = dimensions.find { it.dimensionEnumId == 'AFFCD_PARTY' }
        assert party.lookup == true && party.groups == []
        assert !dimensions.collectMany { it.groups*.id }.any { it in [one, two, other] }
    }

    /** Through HTTP: a contest viewer signed in to the back office posts the lookup and gets JSON. */
    void testTheLookupRequestAnswersJsonToAViewer() {
        String one = groupAffiliate('4', "Quartz Media ${run}", "Quar${run}One")
        String viewer = "mlv${run}".toLowerCase()
        delegator.create('UserLogin', [userLoginId: viewer, enabled: 'Y',
                currentPassword: HashCrypt.cryptUTF8(LoginServices.getHashType(), null, 'lookup-test-1')])
        delegator.create('UserLoginSecurityGroup', [userLoginId: viewer, groupId: 'AFFCONTEST_VIEWER',
                fromDate: UtilDateTime.nowTimestamp()])
        PortalBrowser browser = new PortalBrowser('/affcontests')
        assert browser.login(viewer, 'lookup-test-1')
        PortalBrowser.Page page = browser.post('LookupAffPartners', [term: "quar${run}".toString()])
        assert page.status == 200, "${page.status} ${page.body}"
        assert page.body.contains("\"partyId\":\"${one}\"") && page.body.contains("Quar${run}One")
        assert browser.get('LookupAffPartners', [term: "quar${run}".toString()]).status == 405
    }


    /**
     * Issue 13.3: the compose page's live count (POST, JSON) resolves the audience rows as they are, unsaved, as a saved
     * draft's are resolved for its preview and its send; bad rows get the labelled error and no count; a view-only admin
     * (no AFFCONTEST_MESSAGE) is refused; a GET is refused.
     */
    void testTheComposeCountAnswersAsTheSendResolvesAndRefusesAViewer() {
        String tagId = tag('C')
        String one = groupAffiliate('5', "Count One ${run}", "Cnt${run}One")
        String two = groupAffiliate('6', "Count Two ${run}", "Cnt${run}Two")
        String three = groupAffiliate('7', "Count Three ${run}", "Cnt${run}Three")
        [one, two].each { delegator.create('PartyClassification', [partyId: it, partyClassificationGroupId: tagId,
                fromDate: UtilDateTime.nowTimestamp()]) }
        String manager = backOfficeUser("mlm${run}", 'AFFCONTEST_ADMIN')
        String viewer = backOfficeUser("mlw${run}", 'AFFCONTEST_VIEWER')
        long broadcasts = from('AffBroadcast').queryCount()

        PortalBrowser browser = new PortalBrowser('/affcontests')
        assert browser.login(manager, 'compose-test-1')
        PortalBrowser.Page tagged = browser.post('CountAffComposeAudience', [eligibleAll: 'N', includeMatchEnumId: 'AFFCX_ANY',
                criterionRule: 'AFFCE_INCLUDE', criterion: "AFFCD_TAG|${tagId}".toString()])
        assert tagged.status == 200, "${tagged.status} ${tagged.body}"
        assert tagged.body.contains('"recipientCount":2'), tagged.body
        assert tagged.body.contains("Cnt${run}One") && tagged.body.contains("Cnt${run}Two") && !tagged.body.contains("Cnt${run}Three")
        PortalBrowser.Page party = browser.post('CountAffComposeAudience', [eligibleAll: 'N', criterion: '', criterionParty: three])
        assert party.body.contains('"recipientCount":1') && party.body.contains("Cnt${run}Three"), party.body
        assert from('AffBroadcast').queryCount() == broadcasts, 'counting stores nothing'

        // the same rows saved as a draft: the preview (the send's resolution) counts the same partners
        String draftId = runOk('createAffBroadcast', fields(tagId)).broadcastId
        assert runOk('previewAffBroadcastAudience', [broadcastId: draftId, userLogin: admin()]).recipientCount == 2

        PortalBrowser.Page unknown = browser.post('CountAffComposeAudience', [eligibleAll: 'N', criterion: "AFFCD_TAG|NO${run}".toString()])
        assert unknown.body.contains('_ERROR_MESSAGE') && !unknown.body.contains('recipientCount'), unknown.body
        PortalBrowser.Page notNumber = browser.post('CountAffComposeAudience', [eligibleAll: 'N', criterion: 'AFFCD_REVENUE|AFFCC_ABOVE',
                criterionValue: 'lots'])
        assert notNumber.body.contains('_ERROR_MESSAGE') && !notNumber.body.contains('recipientCount'), notNumber.body
        assert browser.get('CountAffComposeAudience', [eligibleAll: 'Y']).status == 405

        PortalBrowser asViewer = new PortalBrowser('/affcontests')
        assert asViewer.login(viewer, 'compose-test-1')
        PortalBrowser.Page refused = asViewer.post('CountAffComposeAudience', [eligibleAll: 'Y'])
        assert !refused.body.contains('recipientCount') && !refused.body.contains("Cnt${run}"), refused.body
        assert refused.body.contains('_ERROR_MESSAGE'), refused.body
    }

    private String backOfficeUser(String userLoginId, String groupId) {
        delegator.create('UserLogin', [userLoginId: userLoginId, enabled: 'Y',
                currentPassword: HashCrypt.cryptUTF8(LoginServices.getHashType(), null, 'compose-test-1')])
        delegator.create('UserLoginSecurityGroup', [userLoginId: userLoginId, groupId: groupId, fromDate: UtilDateTime.nowTimestamp()])
        return userLoginId
    }
}
