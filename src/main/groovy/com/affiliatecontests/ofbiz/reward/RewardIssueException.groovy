/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward

/** An OFBiz service refused to issue or void a reward; the message is OFBiz's own. */
class RewardIssueException extends RuntimeException {

    RewardIssueException(String message) {
        super(message)
    }
}
