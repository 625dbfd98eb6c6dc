/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal.test

import com.affiliatecontests.ofbiz.messaging.test.MessagingTestCase
import org.apache.ofbiz.base.crypto.HashCrypt
import org.apache.ofbiz.common.login.LoginServices
import org.apache.ofbiz.entity.GenericValue

/**
 * The partner portal through HTTP, against the OFBiz that runs the tests: what a browser (or a
 * page of another site) can make the portal do with a request.
 */
class PortalHttpTests extends MessagingTestCase {

    private static final String PASSWORD = 'portal-test-1'

    PortalHttpTests(String name) {
        super(name)
    }

    /** A partner of its own tag, with a password, and a message to it that takes replies; [partyId, communicationEventId]. */
    private List<String> partnerWithMessage(String suffix) {
        String tag = tag(suffix)
        String partyId = affiliate(suffix, tag)
        GenericValue login = from('UserLogin').where('userLoginId', partyId.toLowerCase()).queryOne()
        login.set('currentPassword', HashCrypt.cryptUTF8(LoginServices.getHashType(), null, PASSWORD))
        login.store()
        String broadcastId = broadcast(tag)
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        return [partyId, recipient(broadcastId, partyId).getString('communicationEventId')]
    }

    private PortalBrowser signedIn(String partyId) {
        PortalBrowser browser = new PortalBrowser('/partners')
        assert browser.login(partyId.toLowerCase(), PASSWORD), 'the partner signs in to the portal'
        return browser
    }

    private long replies(String messageId) {
        return from('CommunicationEvent').where('parentCommEventId', messageId).queryCount()
    }

    /** A GET (a link, an image, a prefetch) can neither reply nor dispute: 405, nothing stored; the form's POST replies. */
    void testAReplyIsRefusedOnGetAndAcceptedOnPost() {
        def (String partyId, String messageId) = partnerWithMessage('HG')
        String contestId = contest('HG', 'AFFC_ACTIVE')
        participant(contestId, partyId)
        PortalBrowser browser = signedIn(partyId)

        PortalBrowser.Page get = browser.get('replyToMessage', [communicationEventId: messageId, messageId: messageId,
                body: 'Forged by a link', dispute: 'Y', disputeContestId: contestId])
        assert get.status == 405, "a GET reply is refused, got ${get.status}"
        assert replies(messageId) == 0L
        assert from('AffBroadcastReply').where('partyId', partyId).queryCount() == 0L, 'no reply, no dispute'

        PortalBrowser.Page page = browser.get('Message', [communicationEventId: messageId])
        assert page.status == 200 && page.body.contains('method="post"') && page.body.contains('replyToMessage')
        assert !page.body.contains('name="csrf" value=""'), 'no empty CSRF field in the reply form'

        PortalBrowser.Page post = browser.post('replyToMessage', [communicationEventId: messageId, messageId: messageId,
                body: 'A real reply'])
        assert post.status == 302 && post.location.contains('Message'), "the form's POST replies, got ${post.status}"
        assert replies(messageId) == 1L
    }

    /** A page index that is not a number, or past the end however large, shows a page of the inbox, never an error or an empty one. */
    void testTheInboxPageForAnyIndexInTheAddress() {
        def (String partyId, String messageId) = partnerWithMessage('HP')
        String subject = "Holiday push ${run}"
        PortalBrowser browser = signedIn(partyId)
        ['abc', '-1', '5', '99999999999', '99999999999999999999999', '0'].each { String index ->
            PortalBrowser.Page page = browser.get('Messages', [viewIndex: index])
            assert page.status == 200, "viewIndex=${index}: ${page.status}"
            assert page.body.contains(subject), "viewIndex=${index} shows the partner's message"
            assert !page.body.contains('affp-empty'), "viewIndex=${index}: not the empty inbox"
            assert !page.body.contains('Exception'), "viewIndex=${index}: no stack trace"
        }
    }

    /** The inbox service gives the last page for an index past the end, and says which page it gave. */
    void testTheInboxServiceGivesTheLastPagePastTheEnd() {
        def (String partyId, String messageId) = partnerWithMessage('HS')
        Map inbox = runOk('getMyAffMessages', [viewIndex: 7, viewSize: 20, userLogin: login(partyId)])
        assert inbox.messages*.communicationEventId == [messageId]
        assert inbox.viewIndex == 0 && inbox.lastIndex == 0
    }

    /**
     * The open contest page's poll of the board marker: a POST answered with plain JSON. A GET made
     * OFBiz's json response log a warning (and prefix "//", OFBIZ-5409) at every poll of every page.
     */
    void testTheBoardMarkerPollIsAPostAnsweredWithoutWarning() {
        def (String partyId, String messageId) = partnerWithMessage('HM')
        String contestId = contest('HM', 'AFFC_ACTIVE')
        participant(contestId, partyId)
        PortalBrowser browser = signedIn(partyId)
        PortalBrowser.Page poll = browser.post('ContestBoardMarker', [contestId: contestId])
        assert poll.status == 200, "${poll.status}"
        assert poll.body.trim().startsWith('{') && poll.body.contains('"marker":"AFFC_ACTIVE-'),
                "plain JSON, no warning's prefix: ${poll.body}"
        assert browser.get('ContestBoardMarker', [contestId: contestId]).status == 405, 'the page polls with POST only'
    }

}
