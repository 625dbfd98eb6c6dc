/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.webhook.test

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer

import java.nio.charset.StandardCharsets
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * A webhook receiver on 127.0.0.1 for the in-OFBiz tests, with four paths: /ok answers 200, /fail
 * always 500, /slow answers only when the test ends (so the sender times out), /flaky 503 the first
 * time and 200 after. Each request's headers and body are kept.
 */
class LocalReceiver implements AutoCloseable {

    static class Received {
        String path
        String signature
        String event
        String deliveryId
        String body
    }

    final Queue<Received> received = new ConcurrentLinkedQueue<>()
    private final HttpServer server
    private final CountDownLatch release = new CountDownLatch(1)
    private final AtomicInteger flakyCalls = new AtomicInteger()

    LocalReceiver() {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.1'), 0), 0)
        server.executor = Executors.newFixedThreadPool(8)
        server.createContext('/ok') { HttpExchange ex -> answer(ex, 200, 'thanks') }
        server.createContext('/fail') { HttpExchange ex -> answer(ex, 500, 'receiver broke: ' + 'x' * 3000) }
        server.createContext('/slow') { HttpExchange ex ->
            release.await(60, TimeUnit.SECONDS)
            answer(ex, 200, 'too late')
        }
        server.createContext('/flaky') { HttpExchange ex ->
            answer(ex, flakyCalls.incrementAndGet() == 1 ? 503 : 200, 'flaky')
        }
        server.start()
    }

    String url(String path) {
        return "http://localhost:${server.address.port}${path}"
    }

    List<Received> at(String path) {
        return received.toList().findAll { it.path == path }
    }

    private void answer(HttpExchange ex, int status, String text) {
        String body = ex.requestBody.withCloseable { new String(it.readAllBytes(), StandardCharsets.UTF_8) }
        received.add(new Received(path: ex.requestURI.path, signature: ex.requestHeaders.getFirst('X-AffContest-Signature'),
                event: ex.requestHeaders.getFirst('X-AffContest-Event'),
                deliveryId: ex.requestHeaders.getFirst('X-AffContest-Delivery'), body: body))
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8)
        ex.sendResponseHeaders(status, bytes.length)
        ex.responseBody.withCloseable { it.write(bytes) }
    }

    @Override
    void close() {
        release.countDown()
        server.stop(0)
        (server.executor as java.util.concurrent.ExecutorService).shutdownNow()
    }
}
