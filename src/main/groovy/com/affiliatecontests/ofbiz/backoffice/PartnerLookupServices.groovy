/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.backoffice

import com.affiliatecontests.engine.paging.SearchTerm
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityFunction
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.model.DynamicViewEntity
import org.apache.ofbiz.entity.model.ModelKeyMap
import org.apache.ofbiz.entity.util.EntityQuery

/*
 * The partner lookup of the back-office forms (eligibility, audience builder): the affiliates
 * matching what the admin types, a few at a time, instead of every affiliate in the page.
 */

/** Affiliates (PartyRole AFFILIATE) whose id starts with, or whose alias or name contains, the term (2 characters or more). */
Map lookupAffPartners() {
    SearchTerm term = SearchTerm.of(parameters.term as String, parameters.viewSize as Integer)
    if (!term.searchable()) {
        return success([partners: []])
    }
    DynamicViewEntity view = new DynamicViewEntity()
    view.addMemberEntity('PR', 'PartyRole')
    view.addMemberEntity('AF', 'Affiliate')
    view.addMemberEntity('PG', 'PartyGroup')
    view.addMemberEntity('PE', 'Person')
    view.addAlias('PR', 'partyId')
    view.addAlias('PR', 'roleTypeId')
    view.addAlias('AF', 'affiliateName')
    view.addAlias('PG', 'groupName')
    view.addAlias('PE', 'firstName')
    view.addAlias('PE', 'lastName')
    ['AF', 'PG', 'PE'].each { view.addViewLink('PR', it, true, ModelKeyMap.makeKeyMapList('partyId')) }
    EntityCondition matches = EntityCondition.makeCondition([
            EntityCondition.makeCondition(EntityFunction.upperField('partyId'), EntityOperator.LIKE, term.startsWith()),
            EntityCondition.makeCondition(EntityFunction.upperField('affiliateName'), EntityOperator.LIKE, term.contains()),
            EntityCondition.makeCondition(EntityFunction.upperField('groupName'), EntityOperator.LIKE, term.contains()),
            EntityCondition.makeCondition(EntityFunction.upperField('lastName'), EntityOperator.LIKE, term.contains()),
            EntityCondition.makeCondition(EntityFunction.upperField('firstName'), EntityOperator.LIKE, term.contains())],
            EntityOperator.OR)
    List<GenericValue> rows = EntityQuery.use(delegator).from(view).where(EntityCondition.makeCondition([
            EntityCondition.makeCondition('roleTypeId', 'AFFILIATE'), matches])).orderBy('partyId')
            .limit(term.limit()).maxRows(term.limit()).queryList()
    return success([partners: rows.collect { GenericValue row ->
        String name = row.getString('groupName') ?: [row.getString('firstName'), row.getString('lastName')].findAll().join(' ')
        [partyId: row.getString('partyId'), alias: row.getString('affiliateName'), name: name ?: null]
    }])
}
