/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal.test

import com.affiliatecontests.ofbiz.test.LocalHttps

import javax.net.ssl.HttpsURLConnection
import java.nio.charset.StandardCharsets

/**
 * A minimal browser for the in-OFBiz tests: requests to the OFBiz that runs the tests (its HTTPS
 * connector, 8443 plus the run's port offset, with OFBiz's self-signed certificate, trusted for
 * these connections only), keeping its session cookies and never following redirects.
 */
class PortalBrowser {

    /** A response: HTTP status, Location header, body. */
    static class Page {
        int status
        String location
        String body
    }

    private final String base
    private final Map<String, String> cookies = [:]

    PortalBrowser(String mountPoint) {
        base = "${LocalHttps.origin()}${mountPoint}/control/"
    }

    /** Signs in through OFBiz's login request; true when the session then holds a login. */
    boolean login(String userLoginId, String password) {
        Page page = post('login', [USERNAME: userLoginId, PASSWORD: password])
        return page.status in [200, 302] && !page.body.contains('name="PASSWORD"')
    }

    Page get(String request, Map<String, String> parameters = [:]) {
        String query = encode(parameters)
        return send('GET', request + (query ? '?' + query : ''), null)
    }

    Page post(String request, Map<String, String> parameters) {
        return send('POST', request, encode(parameters))
    }

    private Page send(String method, String request, String form) {
        HttpsURLConnection connection = LocalHttps.open(base + request, method)
        if (cookies) {
            connection.setRequestProperty('Cookie', cookies.collect { k, v -> "${k}=${v}" }.join('; '))
        }
        if (form != null) {
            connection.doOutput = true
            connection.setRequestProperty('Content-Type', 'application/x-www-form-urlencoded')
            connection.outputStream.withCloseable { it.write(form.getBytes(StandardCharsets.UTF_8)) }
        }
        int status = connection.responseCode
        connection.headerFields.findAll { k, v -> k?.equalsIgnoreCase('Set-Cookie') }.values().flatten().each { String header ->
            String pair = header.split(';')[0]
            int eq = pair.indexOf('=')
            if (eq > 0) {
                cookies[pair.substring(0, eq).trim()] = pair.substring(eq + 1).trim()
            }
        }
        InputStream stream = status >= 400 ? connection.errorStream : connection.inputStream
        String body = stream ? stream.withCloseable { it.getText(StandardCharsets.UTF_8.name()) } : ''
        return new Page(status: status, location: connection.getHeaderField('Location'), body: body)
    }

    private static String encode(Map<String, String> parameters) {
        return parameters.collect { k, v ->
            URLEncoder.encode(k, StandardCharsets.UTF_8) + '=' + URLEncoder.encode(v ?: '', StandardCharsets.UTF_8)
        }.join('&')
    }
}
