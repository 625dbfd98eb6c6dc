<#--
  A contest's fraud flags (issue 13.6): each links to its order in OFBiz's order manager; an open flag can be
  dismissed (the credit stays) or its order excluded from the contest (a reversal line with the reason) by an admin
  who may change contests (canReviewFlags); a reviewed flag says who reviewed it, when and why.
  Data: ContestScreens.groovy#fraudFlags (fraudFlags, canReviewFlags).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<#if fraudFlags?has_content>
<div class="screenlet" id="affc-flags">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoFraudFlags}</h3></div>
  <div class="screenlet-body">
    <div class="affc-scroll">
    <table class="basic-table affc-stack">
      <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoOrder}</td><td>${uiLabelMap.AffiliateContestsBoReason}</td><td>${uiLabelMap.CommonDate}</td><td>${uiLabelMap.CommonDescription}</td><td>${uiLabelMap.AffiliateContestsBoFlagReview}</td></tr>
      <#list fraudFlags as f>
        <tr class="affc-flag affc-flag-${f.reviewStatusId!"AFFC_FL_OPEN"}">
          <td data-label="${uiLabelMap.AffiliateContestsBoPartner}">${f.partnerName!f.partyId}</td>
          <td data-label="${uiLabelMap.AffiliateContestsBoOrder}"><a class="affc-order-link" href="/ordermgr/control/orderview?orderId=${f.orderId?url("UTF-8")}<#if externalLoginKey?has_content>&amp;externalLoginKey=${externalLoginKey}</#if>" title="${uiLabelMap.AffiliateContestsBoOpenOrder}">${f.orderId}</a></td>
          <td data-label="${uiLabelMap.AffiliateContestsBoReason}">${uiLabelMap["AffiliateContestsBoReason_" + f.reasonEnumId]}</td>
          <td data-label="${uiLabelMap.CommonDate}"><@bo.dateTime f.flaggedDate/></td>
          <td data-label="${uiLabelMap.CommonDescription}">${f.detail!}</td>
          <td data-label="${uiLabelMap.AffiliateContestsBoFlagReview}">
            <#if (f.reviewStatusId!"AFFC_FL_OPEN") == "AFFC_FL_OPEN">
              <span class="alert">${uiLabelMap.AffiliateContestsBoFlagStatus_AFFC_FL_OPEN}</span>
              <#if canReviewFlags!false>
                <@bo.postForm action="dismissAffContestFraudFlag" class="affc-inline affc-flag-form">
                  <input type="hidden" name="contestId" value="${f.contestId}"/><input type="hidden" name="orderId" value="${f.orderId}"/><input type="hidden" name="reasonEnumId" value="${f.reasonEnumId}"/>
                  <input type="text" name="note" size="18" placeholder="${uiLabelMap.AffiliateContestsBoFlagNote}" aria-label="${uiLabelMap.AffiliateContestsBoFlagNote}"/>
                  <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsBoFlagDismiss}"/>
                </@bo.postForm>
                <@bo.postForm action="excludeAffContestFlaggedOrder" class="affc-inline affc-flag-form">
                  <input type="hidden" name="contestId" value="${f.contestId}"/><input type="hidden" name="orderId" value="${f.orderId}"/><input type="hidden" name="reasonEnumId" value="${f.reasonEnumId}"/>
                  <input type="text" name="reason" size="18" required="required" placeholder="${uiLabelMap.AffiliateContestsBoFlagExcludeReason}" aria-label="${uiLabelMap.AffiliateContestsBoFlagExcludeReason}"/>
                  <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsBoFlagExclude}"/>
                </@bo.postForm>
              </#if>
            <#else>
              <strong>${uiLabelMap["AffiliateContestsBoFlagStatus_" + f.reviewStatusId]}</strong>
              <span class="affc-flag-audit">${uiLabelMap.AffiliateContestsBoFlagReviewedBy} ${f.reviewedByUserLogin!}, <@bo.dateTime f.reviewedDate!""/><#if f.reviewNote?has_content>: ${f.reviewNote}</#if></span>
            </#if>
          </td>
        </tr>
      </#list>
    </table>
    </div>
  </div>
</div>
</#if>
