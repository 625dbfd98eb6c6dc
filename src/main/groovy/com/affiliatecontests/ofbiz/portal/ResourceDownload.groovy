/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal

import com.affiliatecontests.engine.messaging.MessageLink
import org.apache.ofbiz.content.data.DataResourceWorker
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * What the portal sends for a message's resource (a DataResource the partner was found to be
 * allowed to see): a URL_RESOURCE is a redirect to its web address, never fetched by the server;
 * anything else is its data, read by OFBiz's DataResourceWorker, sent as a download.
 */
class ResourceDownload {

    final String redirectUrl
    /** The data, open: the caller closes it. */
    final InputStream stream
    final long length
    final String mimeType
    final String fileName

    private ResourceDownload(String redirectUrl, InputStream stream, long length, String mimeType, String fileName) {
        this.redirectUrl = redirectUrl
        this.stream = stream
        this.length = length
        this.mimeType = mimeType
        this.fileName = fileName
    }

    /**
     * The download of the DataResource, or null when it has nothing to give (no such row, no data,
     * no web address). Types OFBiz cannot stream throw its GeneralException.
     */
    static ResourceDownload of(Delegator delegator, String dataResourceId, String contextRoot, Locale locale) {
        GenericValue resource = EntityQuery.use(delegator).from('DataResource').where('dataResourceId', dataResourceId)
                .queryOne()
        if (!resource) {
            return null
        }
        if (resource.getString('dataResourceTypeId') == 'URL_RESOURCE') {
            String url = resource.getString('objectInfo')
            boolean web = url && new MessageLink(MessageLink.LinkKind.RESOURCE, null, url).isWebAddress()
            return web ? new ResourceDownload(url, null, 0L, null, null) : null
        }
        Map data = DataResourceWorker.getDataResourceStream(resource, 'true', null, locale, contextRoot, false)
        InputStream stream = (InputStream) data?.stream
        long length = (data?.length ?: 0L) as long
        if (!stream || length <= 0L) {
            stream?.close()
            return null
        }
        return new ResourceDownload(null, stream, length, DataResourceWorker.getMimeType(resource), downloadName(resource))
    }

    /** The name the browser saves it under: the DataResource's name, without what would break the header. */
    private static String downloadName(GenericValue resource) {
        String name = resource.getString('dataResourceName') ?: resource.getString('dataResourceId')
        return name.replaceAll(/[^\w .\-]/, '_')
    }

}
