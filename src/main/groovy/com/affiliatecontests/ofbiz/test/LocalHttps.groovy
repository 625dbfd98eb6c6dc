/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.test

import org.apache.ofbiz.base.start.Start

import javax.net.ssl.HostnameVerifier
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManager
import javax.net.ssl.X509TrustManager
import java.security.SecureRandom
import java.security.cert.X509Certificate

/**
 * HTTPS connections of the in-OFBiz test clients to the OFBiz that runs the tests (its HTTPS connector,
 * 8443 plus the run's port offset, with OFBiz's self-signed certificate, trusted for these connections
 * only), never following redirects.
 */
final class LocalHttps {

    private LocalHttps() {
    }

    /** https://localhost:PORT of the running OFBiz, without a trailing slash. */
    static String origin() {
        int port = 8443 + Start.getInstance().getConfig().getPortOffset()
        return "https://localhost:${port}"
    }

    static HttpsURLConnection open(String url, String method) {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(url).openConnection()
        connection.setSSLSocketFactory(TRUST_SELF_SIGNED.socketFactory)
        connection.setHostnameVerifier({ host, session -> host == 'localhost' } as HostnameVerifier)
        connection.instanceFollowRedirects = false
        connection.requestMethod = method
        connection.connectTimeout = 30000
        connection.readTimeout = 120000
        return connection
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
