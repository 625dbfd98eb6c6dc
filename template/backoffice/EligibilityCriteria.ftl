<#--
  Eligibility criteria of a draft: one small form per dimension (tags, tiers, segments, contact
  lists, excluded partners, searched as the admin types), each posting addAffContestEligibility. Data: eligibilityGroups.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<#if isDraft>
<div class="screenlet" id="affc-add-criterion">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoAddCriterion}</h3></div>
  <div class="screenlet-body">
    <p>${uiLabelMap.AffiliateContestsBoCriteriaIntro}</p>
    <table class="basic-table">
      <#list eligibilityGroups as dimension>
        <#if dimension.groups?has_content || (dimension.lookup!false)>
        <tr>
          <td>${uiLabelMap["AffiliateContestsBoDimension_" + dimension.dimensionEnumId]}</td>
          <td>
            <@bo.postForm action="addAffContestEligibility" name="addCriterion_${dimension.dimensionEnumId}">
              <input type="hidden" name="contestId" value="${contestId}"/>
              <input type="hidden" name="dimensionEnumId" value="${dimension.dimensionEnumId}"/>
              <select name="ruleTypeEnumId">
                <#if dimension.dimensionEnumId != "AFFCD_PARTY"><option value="AFFCE_INCLUDE">${uiLabelMap.AffiliateContestsBoInclude}</option></#if>
                <option value="AFFCE_EXCLUDE">${uiLabelMap.AffiliateContestsBoExclude}</option>
              </select>
              <#if dimension.lookup!false>
                <@bo.partnerLookup name="groupId"/>
              <#else>
              <select name="groupId">
                <#list dimension.groups as g><option value="${g.id}">${g.name!g.id}</option></#list>
              </select>
              </#if>
              <input type="submit" class="smallSubmit" value="${uiLabelMap.CommonAdd}"/>
            </@bo.postForm>
          </td>
        </tr>
        </#if>
      </#list>
    </table>
    <@bo.partnerLookupList/>
  </div>
</div>
<@bo.partnerLookupScript/>
</#if>
