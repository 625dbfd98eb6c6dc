/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of affiliatecontests.
 */
package com.affiliatecontests.ofbiz.bench.test

import com.affiliatecontests.ofbiz.test.ComponentTestCase
import org.apache.ofbiz.service.ServiceUtil
import org.apache.ofbiz.service.eca.ServiceEcaRule
import org.apache.ofbiz.service.eca.ServiceEcaUtil

import java.util.concurrent.Callable
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.atomic.AtomicBoolean

/**
 * A benchmark runs on an instance that may be doing real work: it must not change how the
 * component treats anybody else's orders while it runs.
 */
class BenchmarkIsolationTests extends ComponentTestCase {

    BenchmarkIsolationTests(String name) {
        super(name)
    }

    /**
     * While the order-completion benchmark runs, an order completed by anybody else must still be
     * queued for crediting: the component's ECA rules on changeOrderStatus, shared by every thread of
     * the JVM, stay enabled all along. (A watcher reads them instead of completing real orders
     * meanwhile: two order completions at once exceeded the 60 s transaction timeout on the shared
     * test machine.)
     */
    void testTheComponentsOrderRulesStayEnabledWhileTheOrderCompletionBenchmarkRuns() {
        List<ServiceEcaRule> ours = ServiceEcaUtil.getServiceEventMap('changeOrderStatus').values().flatten()
                .findAll { ServiceEcaRule rule -> rule.definitionLocation.contains('affiliatecontests') }
        assert ours.size() == 3
        ExecutorService pool = Executors.newFixedThreadPool(2)
        try {
            AtomicBoolean running = new AtomicBoolean(true)
            Future<List<Integer>> watcher = pool.submit({
                int samples = 0
                int disabled = 0
                while (running.get()) {
                    samples++
                    if (ours.any { !it.enabled }) {
                        disabled++
                    }
                    Thread.sleep(1)
                }
                [samples, disabled]
            } as Callable<List<Integer>>)
            Map result
            try {
                result = pool.submit({
                    dispatcher.runSync('benchmarkAffContestOrderCompletion', [orders: 5, orderSource: 'SYNTHETIC',
                            userLogin: admin()])
                } as Callable<Map>).get()
            } finally {
                running.set(false)
            }
            assert ServiceUtil.isSuccess(result), ServiceUtil.getErrorMessage(result)
            List<Integer> seen = watcher.get()
            assert seen[0] > 100, "the watcher read the rules only ${seen[0]} times"
            assert seen[1] == 0, "the component's rules were disabled in ${seen[1]} of ${seen[0]} reads during the benchmark"
        } finally {
            pool.shutdownNow()
        }
    }
}
