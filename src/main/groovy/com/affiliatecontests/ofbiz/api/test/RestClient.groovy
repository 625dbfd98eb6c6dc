/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.api.test

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import com.affiliatecontests.ofbiz.test.LocalHttps

import javax.net.ssl.HttpsURLConnection
import java.nio.charset.StandardCharsets

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
        base = LocalHttps.origin() + '/rest'
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
        HttpsURLConnection connection = LocalHttps.open(base + path, method)
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
}
