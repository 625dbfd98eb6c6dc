/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.bench

import com.affiliatecontests.ofbiz.common.OwnTransaction
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp

/*
 * The messaging benchmark, run inside a real OFBiz (README, "Benchmarks"). It creates its own
 * partners (or reuses those of an earlier run), prints its figures to the log and returns them.
 */

/**
 * A broadcast to {@code recipients} partners sharing a tag: the time of sendAffBroadcast (audience
 * resolution, one CommunicationEvent, two roles and a recipient row per partner, in chunks), first
 * for partners that never received a message (their ADDRESSEE PartyRole is created too), then a
 * second broadcast to the same partners; then the statistics and a page of recipients.
 */
Map benchmarkAffBroadcastSend() {
    int count = (parameters.recipients ?: 100000) as int
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    String tag = "AFFB_BENCH_${count}"
    long setupStart = System.nanoTime()
    if (!from('PartyClassificationGroup').where('partyClassificationGroupId', tag).queryOne()) {
        inOwnTransaction {
            delegator.create('PartyClassificationGroup', [partyClassificationGroupId: tag,
                    partyClassificationTypeId: 'AFFC_PARTNER_TAG', description: "Benchmark partners (${count})".toString()])
        }
    }
    long existing = from('PartyClassification').where('partyClassificationGroupId', tag).queryCount()
    Timestamp now = UtilDateTime.nowTimestamp()
    ((int) existing..<count).collate(2000).each { List<Integer> chunk ->
        inOwnTransaction {
            chunk.each { int i ->
                String partyId = "BM${count}_${i}"
                delegator.create('Party', [partyId: partyId, partyTypeId: 'PARTY_GROUP', statusId: 'PARTY_ENABLED'])
                delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
                delegator.create('PartyClassification', [partyId: partyId, partyClassificationGroupId: tag, fromDate: now])
            }
        }
    }
    long setupMillis = (System.nanoTime() - setupStart).intdiv(1000000)
    Map figures = [partnersCreated: count - existing, setupMillis: setupMillis]
    ['first', 'second'].each { String which ->
        String broadcastId = runOk('createAffBroadcast', [subject: "Benchmark ${which} ${count}".toString(),
                body: '<p>Our holiday campaign starts Monday: <a href="https://shop.example.com/xmas">see the offer</a>. '
                        + 'Banners, coupon codes and the timetable are in the resources below.</p>',
                instructions: '<p>Use code XMAS in every link.</p>',
                links: [[label: 'Banners', url: 'https://shop.example.com/banners']],
                criteria: [[dimensionEnumId: 'AFFCD_TAG', groupId: tag]], userLogin: admin]).broadcastId
        long start = System.nanoTime()
        Map sent = runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin])
        long sendMillis = (System.nanoTime() - start).intdiv(1000000)
        start = System.nanoTime()
        runOk('getAffBroadcastStats', [broadcastId: broadcastId, userLogin: admin])
        long statsMillis = (System.nanoTime() - start).intdiv(1000000)
        start = System.nanoTime()
        runOk('listAffBroadcastRecipients', [broadcastId: broadcastId, viewIndex: 500, viewSize: 100, userLogin: admin])
        long pageMillis = (System.nanoTime() - start).intdiv(1000000)
        figures[which] = [broadcastId: broadcastId, recipients: sent.recipientCount, sendMillis: sendMillis,
                recipientsPerSecond: sendMillis ? (long) (sent.recipientCount * 1000L / sendMillis) : null,
                statsMillis: statsMillis, recipientsPageMillis: pageMillis]
    }
    logInfo("Broadcast to ${count} partners: ${figures}")
    return success([figures: figures])
}

private Map runOk(String service, Map input) {
    Map result = dispatcher.runSync(service, input)
    if (!ServiceUtil.isSuccess(result)) {
        throw new IllegalStateException("${service}: ${ServiceUtil.getErrorMessage(result)}")
    }
    return result
}

private void inOwnTransaction(Closure work) {
    OwnTransaction.run('benchmark setup failed', work)
}
