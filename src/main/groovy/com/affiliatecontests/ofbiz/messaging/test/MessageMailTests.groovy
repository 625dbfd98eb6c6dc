/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging.test

import com.affiliatecontests.ofbiz.messaging.BroadcastMails
import org.apache.ofbiz.base.util.UtilCodec
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.serialize.XmlSerializer
import org.apache.ofbiz.service.job.JobManager
import org.apache.ofbiz.service.job.PersistedServiceJob

/**
 * In-OFBiz tests of the email copies and the daily digest, without a mail server. The services
 * queue their mails as persisted sendMail jobs (runAsync), which OFBiz's job poller does not run
 * while a test run starts the server: the tests run them as the poller would. With mail
 * notifications off (general.properties), sendMail still builds each mail, and the party
 * component's SECAs record it as an EMAIL_COMMUNICATION to the partner with the mail's body
 * (createCommEventFromEmail, updateCommEventAfterEmail): that is what the tests read back.
 */
class MessageMailTests extends MessagingTestCase {

    /** An expression sendMail would expand, here running Groovy, unless the mail passes it on as it is. */
    private static final String SCRIPT = '$' + '{groovy: 6 * 7}'

    MessageMailTests(String name) {
        super(name)
    }

    void testAnImmediateBroadcastEmailsEachPartnerWithAnEmailOnce() {
        String tag = tag('E')
        String a = affiliate('A', tag)
        String address = email(a)
        String b = affiliate('B', tag)
        String subject = "Price \${userLogin.userLoginId} ${run}"
        String broadcastId = runOk('createAffBroadcast', fields(tag) + [emailModeEnumId: 'AFFBE_IMMEDIATE', subject: subject,
                body: "<p>Earn ${SCRIPT} more</p>".toString()]).broadcastId
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])

        // sending queued the email copies; they mail A (with an email), not B (none)
        assert runJobs('sendAffBroadcastEmails') { it.broadcastId == broadcastId } == 1
        GenericValue mine = recipient(broadcastId, a)
        assert mine.emailedDate && recipient(broadcastId, b).emailedDate == null
        List<Map> queued = jobContexts('sendMail') { it.partyId in [a, b] }
        assert queued*.partyId == [a]

        // the mail queued is what BroadcastMails composes: the body, the partner's line, the instructions, the link
        // through the click redirect, the portal link and the open pixel, the last two with the recipient's token
        BroadcastMails mails = new BroadcastMails(delegator, Locale.ENGLISH)
        GenericValue broadcast = from('AffBroadcast').where('broadcastId', broadcastId).queryOne()
        List<GenericValue> links = from('AffBroadcastLink').where('broadcastId', broadcastId).queryList()
        Map copy = mails.copy(broadcast, mine, address, null, links)
        assert queued[0].subMap(['sendTo', 'sendFrom', 'subject', 'body', 'contentType']) ==
                copy.subMap(['sendTo', 'sendFrom', 'subject', 'body', 'contentType'])
        assert [copy.sendTo, copy.sendFrom, copy.partyId, copy.contentType] == [address, 'ofbiztest@example.com', a, 'text/html']
        // sendMail would expand "${...}": a zero-width space in the subject, a backslash in the body keep them as written
        String literalSubject = "Price \$\u200B{userLogin.userLoginId} ${run}"
        assert copy.subject == literalSubject
        String clickUrl = mails.clickUrl(mine, links[0].linkSeqId)
        assert clickUrl == "https://localhost:8443/partners/control/MessageClick?communicationEventId=${mine.communicationEventId}" +
                "&linkSeqId=${links[0].linkSeqId}&trackingToken=${mine.trackingToken}"
        String openUrl = mails.openUrl(mine)
        assert openUrl == "https://localhost:8443/partners/control/MessageOpened?communicationEventId=${mine.communicationEventId}" +
                "&trackingToken=${mine.trackingToken}"
        String messageUrl = mails.messageUrl(mine.communicationEventId)
        assert messageUrl == "https://localhost:8443/partners/control/Message?communicationEventId=${mine.communicationEventId}"
        [broadcast.messageBody.replace('$' + '{', '\\$' + '{'), 'Use code XMAS', "<a href=\"${html(clickUrl)}\">Get the banners</a>",
         "<a href=\"${html(messageUrl)}\">Read and reply in your partner portal</a>", "<img src=\"${html(openUrl)}\""].each { part ->
            assert copy.body.contains(part.toString()), "${part} in ${copy.body}"
        }
        assert mails.copy(broadcast, mine, address, 'Your place: 2.', links).body.contains('<p>Your place: 2.</p>')

        // sendMail sends it as it is (no expression expanded); OFBiz records it as sent to A
        assert runJobs('sendMail') { it.partyId == a } == 1
        List<GenericValue> sent = recorded(a)
        assert sent*.statusId == ['COM_COMPLETE']
        assert sent[0].subject == literalSubject
        assert sent[0].getString('toString') == address
        assert sent[0].content.contains("<p>Earn ${SCRIPT} more</p>"), sent[0].content
        assert sent[0].content.contains(html(openUrl)) && sent[0].content.contains(html(clickUrl)), sent[0].content
        assert !recorded(b)

        // the pixel and the link authorise by the token they carry: the open and the click are recorded
        assert runOk('markAffMessageOpened', [communicationEventId: mine.communicationEventId,
                trackingToken: mine.trackingToken]).firstOpen == 'Y'
        assert runOk('recordAffMessageClick', [communicationEventId: mine.communicationEventId, linkSeqId: links[0].linkSeqId,
                trackingToken: mine.trackingToken]).targetUrl == 'https://shop.example.com/banners'

        // the copies again: nothing sent twice, B skipped again and counted
        Map again = runOk('sendAffBroadcastEmails', [broadcastId: broadcastId])
        assert [again.emailsSent, again.partnersWithoutEmail] == [0L, 1L]
        assert recipient(broadcastId, a).emailedDate == mine.emailedDate
        assert !jobContexts('sendMail') { it.partyId in [a, b] }
    }

    void testTheDigestListsOnlyDigestMessagesNotYetEmailed() {
        String tag = tag('D')
        String a = affiliate('A', tag)
        String address = email(a)
        String b = affiliate('B', tag)
        String one = sent(tag, 'AFFBE_DIGEST', 'Digest one')
        String two = sent(tag, 'AFFBE_DIGEST', 'Digest two')
        String plain = sent(tag, 'AFFBE_NONE', 'Not in a digest')
        runOk('createAffBroadcast', fields(tag) + [emailModeEnumId: 'AFFBE_DIGEST', subject: "Draft ${run}".toString()])

        Map first = runOk('sendAffMessageDigests', [:])
        assert first.emailsSent >= 1L && first.partnersWithoutEmail >= 1L
        assert recipient(one, a).emailedDate && recipient(two, a).emailedDate
        assert !recipient(plain, a).emailedDate
        assert !recipient(one, b).emailedDate && !recipient(two, b).emailedDate
        List<Map> queued = jobContexts('sendMail') { it.partyId in [a, b] }
        assert queued*.partyId == [a]
        BroadcastMails mails = new BroadcastMails(delegator, Locale.ENGLISH)
        List<GenericValue> rows = [recipient(one, a), recipient(two, a)]
        Map digest = mails.digest(a, address, rows, [(one): "Digest one ${run}".toString(), (two): "Digest two ${run}".toString()])
        assert queued[0].subMap(['sendTo', 'subject']) == digest.subMap(['sendTo', 'subject'])
        assert digest.subject == 'You have 2 new message(s) from the store'
        rows.each { GenericValue row -> assert queued[0].body.contains(html(mails.messageUrl(row.communicationEventId))) }

        assert runJobs('sendMail') { it.partyId == a } == 1
        GenericValue mail = recorded(a).first()
        assert mail.subject == 'You have 2 new message(s) from the store' && mail.getString('toString') == address
        assert mail.content.contains("Digest one ${run}") && mail.content.contains("Digest two ${run}"), mail.content
        assert !mail.content.contains('Not in a digest') && !mail.content.contains("Draft ${run}"), mail.content

        // a second run sends nothing new; B, without an email, is skipped again
        Map second = runOk('sendAffMessageDigests', [:])
        assert second.emailsSent == 0L && second.partnersWithoutEmail >= 1L
        assert !jobContexts('sendMail') { it.partyId in [a, b] }
        // a new digest message goes out alone in the next one
        String three = sent(tag, 'AFFBE_DIGEST', 'Digest three')
        assert runOk('sendAffMessageDigests', [:]).emailsSent >= 1L
        assert runJobs('sendMail') { it.partyId == a } == 1
        GenericValue next = recorded(a).find { it.communicationEventId != mail.communicationEventId }
        assert next.subject == 'You have 1 new message(s) from the store'
        assert next.content.contains("Digest three ${run}") && !next.content.contains("Digest one ${run}"), next.content
        assert recipient(three, a).emailedDate
    }

    void testMailsSpeakTheLanguageThePartnerUsesInOfbiz() {
        String tag = tag('L')
        String a = affiliate('A', tag)
        email(a)
        GenericValue login = from('UserLogin').where('userLoginId', a.toLowerCase()).queryOne()
        login.set('lastLocale', 'fr')
        login.store()
        String b = affiliate('B', tag)
        email(b)

        String copied = sent(tag, 'AFFBE_IMMEDIATE', 'Copy')
        assert runJobs('sendAffBroadcastEmails') { it.broadcastId == copied } == 1
        Map<String, String> bodies = jobContexts('sendMail') { it.partyId in [a, b] }.collectEntries { [(it.partyId): it.body] }
        assert bodies.keySet() == [a, b] as Set
        assert bodies[a].contains('Lire et répondre dans votre portail partenaire'), bodies[a]
        assert bodies[b].contains('Read and reply in your partner portal'), bodies[b]
        assert runJobs('sendMail') { it.partyId in [a, b] } == 2

        sent(tag, 'AFFBE_DIGEST', 'Digest')
        runOk('sendAffMessageDigests', [:])
        Map<String, String> subjects = jobContexts('sendMail') { it.partyId in [a, b] }
                .collectEntries { [(it.partyId): it.subject] }
        assert subjects == [(a): 'Vous avez 1 nouveau(x) message(s) de la boutique',
                            (b): 'You have 1 new message(s) from the store']
    }

    /** A broadcast to the tag in that email mode, sent. */
    private String sent(String tag, String emailMode, String subject) {
        String broadcastId = runOk('createAffBroadcast', fields(tag) + [emailModeEnumId: emailMode,
                subject: "${subject} ${run}".toString()]).broadcastId
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        return broadcastId
    }

    /** The contexts of the pending persisted jobs of a service that the filter picks. */
    private List<Map> jobContexts(String serviceName, Closure<Boolean> filter) {
        return pendingJobs(serviceName, filter).collect { it.context }
    }

    /**
     * Runs the pending persisted jobs of a service that the filter picks, as OFBiz's job poller does:
     * claims each for this instance, then runs it (here, in this thread). Returns how many ran.
     */
    private int runJobs(String serviceName, Closure<Boolean> filter) {
        List<Map> jobs = pendingJobs(serviceName, filter)
        jobs.each { Map job ->
            GenericValue value = job.value as GenericValue
            value.set('runByInstanceId', JobManager.INSTANCE_ID)
            value.store()
            PersistedServiceJob persisted = new PersistedServiceJob(dispatcher.dispatchContext, value, null)
            persisted.queue()
            persisted.run()
            assert from('JobSandbox').where('jobId', value.jobId).queryOne().statusId == 'SERVICE_FINISHED'
        }
        return jobs.size()
    }

    private List<Map> pendingJobs(String serviceName, Closure<Boolean> filter) {
        return from('JobSandbox').where(serviceName: serviceName, statusId: 'SERVICE_PENDING').queryList().collect {
            GenericValue data = from('RuntimeData').where('runtimeDataId', it.runtimeDataId).queryOne()
            [value: it, context: XmlSerializer.deserialize(data.runtimeInfo, delegator) as Map]
        }.findAll { filter(it.context) }
    }

    /** The emails OFBiz recorded as sent to the party (EMAIL_COMMUNICATION). */
    private List<GenericValue> recorded(String partyId) {
        return from('CommunicationEvent').where(communicationEventTypeId: 'EMAIL_COMMUNICATION', partyIdTo: partyId)
                .orderBy('communicationEventId').queryList()
    }

    private static String html(String text) {
        return UtilCodec.getEncoder('html').encode(text)
    }

}
