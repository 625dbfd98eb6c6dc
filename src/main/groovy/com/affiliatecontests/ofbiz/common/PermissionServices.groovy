/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.common

/**
 * The permission services of the admin services: AFFCONTEST_<mainAction> or AFFCONTEST_ADMIN.
 */
Map affContestPermissionCheck() {
    return check(parameters.mainAction ?: 'VIEW')
}

Map affContestAdminPermissionCheck() {
    return check('ADMIN')
}

private Map check(String action) {
    boolean granted = security.hasEntityPermission('AFFCONTEST', "_${action}", userLogin)
    Map result = success()
    result.hasPermission = granted
    if (!granted) {
        result.failMessage = ServiceErrors.message('AffiliateContestsPermissionError', locale, [action: action])
    }
    return result
}
