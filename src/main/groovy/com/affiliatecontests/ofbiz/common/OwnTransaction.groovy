/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.common

import org.apache.ofbiz.entity.transaction.TransactionUtil

/**
 * Runs work in a transaction of its own when the caller holds none (services declared
 * use-transaction="false" that write in chunks): committed when the work returns, rolled back
 * when it throws.
 */
class OwnTransaction {

    private static final int TIMEOUT_SECONDS = 600

    static void run(String failure, Closure work) {
        boolean began = TransactionUtil.begin(TIMEOUT_SECONDS)
        try {
            work()
            TransactionUtil.commit(began)
        } catch (Exception e) {
            TransactionUtil.rollback(began, failure, e)
            throw e
        }
    }

}
