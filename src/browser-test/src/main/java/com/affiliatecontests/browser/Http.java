package com.affiliatecontests.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Plain HTTP with a browser's session cookie: status codes, JSON endpoints, method probes. Trusts OFBiz's self-signed certificate. */
final class Http {

    record Response(int status, String body, String location) {
    }

    private final HttpClient client;
    private final String base;

    Http(String base) throws Exception {
        this.base = base;
        client = localClient().build();
    }

    /** A client for the local OFBiz's self-signed certificate: no certificate or host name check, no redirects. */
    static HttpClient.Builder localClient() throws Exception {
        TrustManager[] trustAll = {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) { }
            public void checkServerTrusted(X509Certificate[] c, String a) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }};
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trustAll, new SecureRandom());
        SSLParameters params = new SSLParameters();
        params.setEndpointIdentificationAlgorithm(null);
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        return HttpClient.newBuilder().sslContext(ssl).sslParameters(params)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30));
    }

    Response get(String path, String cookies) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).GET();
        return send(b, cookies);
    }

    Response post(String path, Map<String, String> form, String cookies) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(b, cookies);
    }

    private Response send(HttpRequest.Builder b, String cookies) throws Exception {
        if (cookies != null && !cookies.isEmpty()) {
            b.header("Cookie", cookies);
        }
        HttpResponse<String> r = client.send(b.header("Accept-Language", "en-US").build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
