/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import org.apache.ofbiz.base.util.UtilCodec
import org.apache.ofbiz.base.util.UtilMisc
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.entity.util.EntityUtilProperties

/**
 * The emails of partner messaging, each as the input of OFBiz's sendMail: the copy of one
 * recipient's message and a partner's digest. They link to the partner portal; a copy's open
 * pixel and links carry the recipient's tracking token, so that opening and clicking it are
 * recorded without a login (the portal's MessageOpened and MessageClick requests).
 */
class BroadcastMails {

    static final String MAIL_SERVICE = 'sendMail'
    /** Partners whose mails are queued in one transaction (each a persisted job and the emailedDate). */
    static final int CHUNK = 500
    static final String PORTAL = 'https://localhost:8443/partners/control/'

    private final Delegator delegator
    private final Locale locale

    BroadcastMails(Delegator delegator, Locale locale) {
        this.delegator = delegator
        this.locale = locale
    }

    /**
     * The email copy of a recipient's message: the broadcast's body with the partner's personal
     * line, the instructions, the links through the click redirect, the portal link and the open pixel.
     */
    Map copy(GenericValue broadcast, GenericValue recipient, String address, String personalLine, List<GenericValue> links,
             Locale partnerLocale = locale) {
        StringBuilder body = new StringBuilder(broadcast.getString('messageBody') ?: '')
        if (personalLine) {
            body << "<p>${personalLine}</p>"
        }
        if (broadcast.getString('instructionText')) {
            body << broadcast.getString('instructionText')
        }
        if (links) {
            body << '<ul>' << links.collect { GenericValue link ->
                "<li><a href=\"${escape(clickUrl(recipient, link.getString('linkSeqId')))}\">" +
                        "${escape(link.getString('linkLabel') ?: link.getString('linkUrl'))}</a></li>"
            }.join('') << '</ul>'
        }
        body << "<p>${portalLink(recipient.getString('communicationEventId'), partnerLocale)}</p>"
        body << "<img src=\"${escape(openUrl(recipient))}\" alt=\"\" width=\"1\" height=\"1\">"
        return mail(address, recipient.getString('partyId'), broadcast.getString('subject'), body.toString())
    }

    /** A partner's digest: the subjects of its messages (recipient rows), each with its portal link. */
    Map digest(String partyId, String address, List<GenericValue> messages, Map<String, String> subjects,
               Locale partnerLocale = locale) {
        String items = messages.collect { GenericValue message ->
            "<li>${escape(subjects[message.getString('broadcastId')])}: " +
                    "${portalLink(message.getString('communicationEventId'), partnerLocale)}</li>"
        }.join('')
        String body = "<p>${MessagingErrors.message('AffiliateContestsMessageDigestIntro', partnerLocale)}</p><ul>${items}</ul>"
        return mail(address, partyId, MessagingErrors.message('AffiliateContestsMessageDigestSubject', partnerLocale,
                [count: messages.size()]), body)
    }

    /** The portal page of a message: messaging.portal.message.url followed by the message's id. */
    String messageUrl(String communicationEventId) {
        return property('messaging.portal.message.url', "${PORTAL}Message?communicationEventId=") + communicationEventId
    }

    /** The open pixel of a recipient's copy (messaging.open.url, default the portal's MessageOpened). */
    String openUrl(GenericValue recipient) {
        return property('messaging.open.url', "${PORTAL}MessageOpened") +
                "?communicationEventId=${recipient.getString('communicationEventId')}&trackingToken=${recipient.getString('trackingToken')}"
    }

    /** A link of a recipient's copy, through the click redirect (messaging.click.url, default the portal's MessageClick). */
    String clickUrl(GenericValue recipient, String linkSeqId) {
        return property('messaging.click.url', "${PORTAL}MessageClick") +
                "?communicationEventId=${recipient.getString('communicationEventId')}&linkSeqId=${linkSeqId}" +
                "&trackingToken=${recipient.getString('trackingToken')}"
    }

    /** The sender: messaging.mail.from, else OFBiz's general defaultFromEmailAddress. */
    String mailFrom() {
        return property('messaging.mail.from', EntityUtilProperties.getPropertyValue('general', 'defaultFromEmailAddress',
                delegator))
    }

    /** The primary email address (PRIMARY_EMAIL, in date) of each of these parties that has one. */
    Map<String, String> addresses(Collection<String> partyIds) {
        Map<String, String> addresses = [:]
        (partyIds as List).unique().collate(500).each { List<String> chunk ->
            EntityQuery.use(delegator).from('PartyContactWithPurpose').where(EntityCondition.makeCondition([
                    EntityCondition.makeCondition('partyId', EntityOperator.IN, chunk),
                    EntityCondition.makeCondition('contactMechPurposeTypeId', 'PRIMARY_EMAIL')]))
                    .filterByDate('contactFromDate', 'contactThruDate', 'purposeFromDate', 'purposeThruDate')
                    .orderBy('-purposeFromDate').queryList().each { GenericValue row ->
                        if (row.getString('infoString')) {
                            addresses.putIfAbsent(row.getString('partyId'), row.getString('infoString'))
                        }
                    }
        }
        return addresses
    }

    /** The language each of these partners last used in OFBiz (its logins' lastLocale), for those that have one. */
    Map<String, Locale> locales(Collection<String> partyIds) {
        Map<String, Locale> locales = [:]
        (partyIds as List).unique().collate(500).each { List<String> chunk ->
            EntityQuery.use(delegator).from('UserLogin').select('partyId', 'lastLocale').where(EntityCondition.makeCondition([
                    EntityCondition.makeCondition('partyId', EntityOperator.IN, chunk),
                    EntityCondition.makeCondition('lastLocale', EntityOperator.NOT_EQUAL, null)])).queryList()
                    .each { GenericValue login ->
                        Locale parsed = UtilMisc.parseLocale(login.getString('lastLocale'))
                        if (parsed) {
                            locales.putIfAbsent(login.getString('partyId'), parsed)
                        }
                    }
        }
        return locales
    }

    private Map mail(String address, String partyId, String subject, String body) {
        // partyId: OFBiz's sendMail SECA records the email as an EMAIL_COMMUNICATION to the partner
        return [sendTo: address, sendFrom: mailFrom(), subject: literalSubject(subject), body: literalBody(body),
                contentType: 'text/html', partyId: partyId]
    }

    private String portalLink(String communicationEventId, Locale partnerLocale) {
        return "<a href=\"${escape(messageUrl(communicationEventId))}\">" +
                "${MessagingErrors.message('AffiliateContestsMessageReadInPortal', partnerLocale)}</a>"
    }

    private String property(String name, String defaultValue) {
        return EntityUtilProperties.getPropertyValue('affiliatecontests', name, defaultValue, delegator)
    }

    private static String escape(String text) {
        return UtilCodec.getEncoder('html').encode(text)
    }

    /*
     * sendMail expands "${...}" in the subject and the body (FlexibleStringExpander, which also runs
     * "${groovy:...}"): what the admin wrote must reach the partner as it is.
     */

    /** The body: each "${" that a "}" follows gets the backslash the expander reads as "not an expression" (and drops). */
    static String literalBody(String text) {
        if (!text) {
            return text
        }
        int close = text.lastIndexOf('}')
        StringBuilder out = new StringBuilder()
        int from = 0
        int at = text.indexOf('${')
        while (at >= 0 && at < close) {
            out.append(text, from, at).append('\\${')
            from = at + 2
            at = text.indexOf('${', from)
        }
        return out.append(text.substring(from)).toString()
    }

    /**
     * The subject: sendMail refuses a backslash in it (its input policy), so a zero-width space
     * goes between "$" and "{" instead; the subject reads the same.
     */
    static String literalSubject(String text) {
        return text?.replace('${', '$\u200B{')
    }

}
