/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.test

import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceUtil
import org.apache.ofbiz.service.testtools.OFBizTestCase

/** What every in-OFBiz test of the component uses: the admin's login and a service call that must succeed. */
class ComponentTestCase extends OFBizTestCase {

    protected ComponentTestCase(String name) {
        super(name)
    }

    protected GenericValue admin() {
        return getUserLogin('admin')
    }

    /** A new affiliate person with a login named after its party id (lower case); returns the party id. */
    protected String newAffiliate(String partyId, String lastName) {
        delegator.create('Party', [partyId: partyId, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('Person', [partyId: partyId, firstName: 'Test', lastName: lastName])
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
        delegator.create('UserLogin', [userLoginId: partyId.toLowerCase(), partyId: partyId, enabled: 'Y'])
        return partyId
    }

    protected Map runOk(String service, Map input) {
        Map result = dispatcher.runSync(service, input)
        assert ServiceUtil.isSuccess(result), "${service} failed: ${ServiceUtil.getErrorMessage(result)}"
        return result
    }

}
