/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.live

import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.service.ServiceContainer

import javax.transaction.Status
import javax.transaction.Synchronization

/**
 * Tells the open leaderboard pages that a contest changed, once the change is committed: the signal
 * service {@link #SIGNAL} runs after the commit of the current transaction (at once when there is
 * none) and never after a rollback. Each web application's {@link LiveBoards} hears it as an OFBiz
 * service callback and pushes to the pages watching the contest. The crediting never waits on it
 * and never fails because of it.
 */
class BoardChanges {

    /** The signal service; running it (e.g. from webtools) also tells the open pages. */
    static final String SIGNAL = 'affContestBoardChanged'

    private static final String MODULE = BoardChanges.name
    /**
     * Any dispatcher of the delegator reaches its ServiceDispatcher, where the callbacks are; OFBiz
     * caches dispatchers by name alone, so the name carries the delegator's.
     */
    private static final String DISPATCHER_PREFIX = 'affiliatecontests-live-'

    private final Delegator delegator

    BoardChanges(Delegator delegator) {
        this.delegator = delegator
    }

    void afterCommit(String contestId) {
        try {
            if (TransactionUtil.getStatus() == Status.STATUS_ACTIVE) {
                TransactionUtil.registerSynchronization(new AfterCommit(contestId))
            } else {
                signal(contestId)
            }
        } catch (Exception e) {
            Debug.logWarning(e, "Open pages of contest ${contestId} not told of its change (they poll)", MODULE)
        }
    }

    private void signal(String contestId) {
        try {
            ServiceContainer.getLocalDispatcher(DISPATCHER_PREFIX + delegator.delegatorName, delegator).runSync(SIGNAL,
                    [contestId: contestId, committed: System.currentTimeMillis()])
        } catch (Exception e) {
            Debug.logWarning(e, "Open pages of contest ${contestId} not told of its change (they poll)", MODULE)
        }
    }

    private class AfterCommit implements Synchronization {

        private final String contestId

        AfterCommit(String contestId) {
            this.contestId = contestId
        }

        @Override
        void beforeCompletion() {
        }

        @Override
        void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                signal(contestId)
            }
        }
    }

}
