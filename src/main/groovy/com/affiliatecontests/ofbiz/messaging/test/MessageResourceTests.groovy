/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging.test

import com.affiliatecontests.ofbiz.portal.ResourceDownload
import org.apache.ofbiz.service.ServiceUtil

/**
 * In-OFBiz tests of a broadcast's attachments: a Content attached to a broadcast reaches its
 * recipients' messages, only they can get it, and what the portal sends for it is its data (a
 * text) or a redirect (a web address); an unknown content is refused and nothing is stored.
 */
class MessageResourceTests extends MessagingTestCase {

    MessageResourceTests(String name) {
        super(name)
    }

    void testAnAttachedContentReachesTheRecipientsAndOnlyThem() {
        String tag = tag('R')
        String a = affiliate('A', tag)
        String b = affiliate('B', null)
        String text = content('T', 'ELECTRONIC_TEXT', 'Partner FAQ', 'Commission is paid monthly.')
        String web = content('W', 'URL_RESOURCE', 'Banner kit', 'https://cdn.example.com/kit.zip')
        Map created = runOk('createAffBroadcast', fields(tag) + [contentIds: [text, web]])
        assert from('CommEventContentAssoc').where('communicationEventId', created.communicationEventId).queryList()
                *.contentId as Set == [text, web] as Set
        runOk('sendAffBroadcast', [broadcastId: created.broadcastId, userLogin: admin()])
        String messageId = recipient(created.broadcastId, a).communicationEventId

        Map message = runOk('getMyAffMessage', [communicationEventId: messageId, userLogin: login(a)])
        assert message.resources.collect { [it.contentId, it.contentName, it.dataResourceId] } as Set ==
                [[text, 'Partner FAQ', "DR${text}".toString()], [web, 'Banner kit', "DR${web}".toString()]] as Set

        Map found = runOk('getMyAffMessageResource', [communicationEventId: messageId, contentId: text, userLogin: login(a)])
        assert found.dataResourceId == "DR${text}".toString()
        ResourceDownload download = ResourceDownload.of(delegator, found.dataResourceId, null, Locale.ENGLISH)
        assert download.redirectUrl == null
        assert download.stream.withCloseable { it.getText('UTF-8') } == 'Commission is paid monthly.'
        assert download.length == 'Commission is paid monthly.'.length()
        assert download.mimeType == 'text/plain'
        assert download.fileName == 'Partner FAQ.txt'
        String webResource = runOk('getMyAffMessageResource', [communicationEventId: messageId, contentId: web,
                userLogin: login(a)]).dataResourceId
        assert ResourceDownload.of(delegator, webResource, null, Locale.ENGLISH).redirectUrl == 'https://cdn.example.com/kit.zip'

        // another partner cannot get it through A's message, and A gets no content the broadcast does not have
        Map other = dispatcher.runSync('getMyAffMessageResource', [communicationEventId: messageId, contentId: text,
                userLogin: login(b)])
        assert ServiceUtil.getErrorMessage(other) == 'Message not found.'
        String unattached = content('U', 'ELECTRONIC_TEXT', 'Internal notes', 'not for partners')
        Map notAttached = dispatcher.runSync('getMyAffMessageResource', [communicationEventId: messageId, contentId: unattached,
                userLogin: login(a)])
        assert ServiceUtil.getErrorMessage(notAttached) == 'This resource is not part of your message.'
    }

    void testAnUnknownContentIsRefusedWithALabelAndNothingIsStored() {
        String tag = tag('S')
        affiliate('A', tag)
        String known = content('K', 'ELECTRONIC_TEXT', 'Known', 'text')
        long broadcasts = from('AffBroadcast').queryCount()
        long events = from('CommunicationEvent').queryCount()
        long attachments = from('CommEventContentAssoc').queryCount()
        Map refused = dispatcher.runSync('createAffBroadcast', fields(tag) + [contentIds: [known, 'NO_SUCH_CONTENT']])
        assert ServiceUtil.isError(refused)
        assert ServiceUtil.getErrorMessage(refused) == 'contentIds.NO_SUCH_CONTENT: No such content to attach.'
        assert from('AffBroadcast').queryCount() == broadcasts
        assert from('CommunicationEvent').queryCount() == events
        assert from('CommEventContentAssoc').queryCount() == attachments
    }

    /** A Content over a DataResource: an ELECTRONIC_TEXT (text/plain, the text in ElectronicText) or a URL_RESOURCE. */
    private String content(String suffix, String type, String name, String data) {
        String contentId = "MR${run}${suffix}"
        String dataResourceId = "DR${contentId}"
        boolean text = type == 'ELECTRONIC_TEXT'
        delegator.create('DataResource', [dataResourceId: dataResourceId, dataResourceTypeId: type,
                dataResourceName: text ? "${name}.txt".toString() : name, mimeTypeId: text ? 'text/plain' : null,
                objectInfo: text ? null : data])
        if (text) {
            delegator.create('ElectronicText', [dataResourceId: dataResourceId, textData: data])
        }
        delegator.create('Content', [contentId: contentId, contentTypeId: 'DOCUMENT', dataResourceId: dataResourceId,
                contentName: name])
        return contentId
    }

}
