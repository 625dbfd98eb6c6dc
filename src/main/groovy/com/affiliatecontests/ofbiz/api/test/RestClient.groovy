/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.api.test

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
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
 * A client of OFBiz's REST API on the OFBiz that runs the tests (8443 plus the run's port offset,
 * its self-signed certificate trusted for these connections only): a token from /rest/auth/token,
 * then JSON requests with "Authorization: Bearer".
 */
class RestClient {

    static class Answer {
        int status
        String body

        Map json() {
            return body ? new JsonSlurper().parseText(body) as Map : [:]
        }
    }

    private final String base
    private final String token

    RestClient(String userLoginId, String password) {
        int port = 8443 + Start.getInstance().getConfig().getPortOffset()
        base = "https://localhost:${port}/rest"
        if (userLoginId) {
            String basic = Base64.encoder.encodeToString("${userLoginId}:${password}".getBytes(StandardCharsets.UTF_8))
            Answer answer = send('POST', '/auth/token', null, "Basic ${basic}")
            assert answer.status == 200: "no token for ${userLoginId}: ${answer.status} ${answer.body}"
            token = answer.json().data.access_token
        } else {
            token = null
        }
    }

    Answer get(String path, Map query = [:]) {
        String q = query.collect { k, v -> URLEncoder.encode(k as String, StandardCharsets.UTF_8) + '=' +
                URLEncoder.encode(v as String, StandardCharsets.UTF_8) }.join('&')
        return send('GET', path + (q ? '?' + q : ''), null, token ? "Bearer ${token}" : null)
    }

    Answer post(String path, Map body) {
        return send('POST', path, JsonOutput.toJson(body), token ? "Bearer ${token}" : null)
    }

    Answer raw(String method, String path) {
        return send(method, path, null, token ? "Bearer ${token}" : null)
    }

    private Answer send(String method, String path, String json, String authorization) {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(base + path).openConnection()
        connection.setSSLSocketFactory(TRUST_SELF_SIGNED.socketFactory)
        connection.setHostnameVerifier({ host, session -> host == 'localhost' } as HostnameVerifier)
        connection.instanceFollowRedirects = false
        connection.requestMethod = method
        connection.connectTimeout = 30000
        connection.readTimeout = 120000
        connection.setRequestProperty('Accept', 'application/json')
        if (authorization) {
            connection.setRequestProperty('Authorization', authorization)
        }
        if (json != null) {
            connection.doOutput = true
            connection.setRequestProperty('Content-Type', 'application/json')
            connection.outputStream.withCloseable { it.write(json.getBytes(StandardCharsets.UTF_8)) }
        }
        int status = connection.responseCode
        InputStream stream = status >= 400 ? connection.errorStream : connection.inputStream
        String body = stream ? stream.withCloseable { it.getText(StandardCharsets.UTF_8.name()) } : ''
        return new Answer(status: status, body: body)
    }

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
