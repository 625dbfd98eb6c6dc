/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal.test

import org.apache.ofbiz.base.start.Start

import javax.net.ssl.HostnameVerifier
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManager
import javax.net.ssl.X509TrustManager
import java.nio.charset.StandardCharsets
import java.security.SecureRandom
import java.security.cert.X509Certificate

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
        int port = 8443 + Start.getInstance().getConfig().getPortOffset()
        base = "https://localhost:${port}${mountPoint}/control/"
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
        HttpsURLConnection connection = (HttpsURLConnection) new URL(base + request).openConnection()
        connection.setSSLSocketFactory(TRUST_SELF_SIGNED.socketFactory)
        connection.setHostnameVerifier({ host, session -> host == 'localhost' } as HostnameVerifier)
        connection.instanceFollowRedirects = false
        connection.requestMethod = method
        connection.connectTimeout = 30000
        connection.readTimeout = 120000
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

    /** Trusts the certificate of the local test server (OFBiz's self-signed one); used on these connections only. */
    private static final SSLContext TRUST_SELF_SIGNED = trustingContext()

    private static SSLContext trustingContext() {
        SSLContext context = SSLContext.getInstance('TLS')
        X509TrustManager trustAll = new X509TrustManager() {
            @Override
            void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0]
            }
        }
        context.init(null, [trustAll] as TrustManager[], new SecureRandom())
        return context
    }

}
