<#--
  Rewards of a finalized contest's winners, issued through OFBiz: approve, issue (retry after a
  failure), void with a reason; the prize cost against the budget. A viewer sees statuses only.
  Data: reward/RewardScreens.groovy#winnerRewards (rewardRows, prizeCost, canReward).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<div class="screenlet" id="affc-rewards">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsRewardTitle}</h3></div>
  <div class="screenlet-body">
    <#if prizeCost.tableCost??>
      <p class="affc-prize-cost">${uiLabelMap.AffiliateContestsRewardCostToday}:
        <#list prizeCost.costToday as c>${c.amount?string("0.00")} ${c.currencyUomId}<#sep>, </#sep><#else>0</#list>
        &middot; ${uiLabelMap.AffiliateContestsRewardTableCost}:
        <#list prizeCost.tableCost as c>${c.amount?string("0.00")} ${c.currencyUomId}<#sep>, </#sep><#else>0</#list>
        <#if prizeCost.budgetAmount??>&middot; ${uiLabelMap.AffiliateContestsRewardBudget}: ${prizeCost.budgetAmount?string("0.00")} ${prizeCost.budgetCurrencyUomId!}</#if>
      </p>
      <#list prizeCost.overBudget![] as problem><p class="errorMessage">${problem}</p></#list>
    </#if>
    <#if rewardRows?has_content>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsRewardPlace}</td><td>${uiLabelMap.AffiliateContestsRewardPartner}</td><td>${uiLabelMap.AffiliateContestsRewardKind}</td><td>${uiLabelMap.AffiliateContestsRewardAmount}</td><td>${uiLabelMap.AffiliateContestsRewardStatus}</td><td>${uiLabelMap.AffiliateContestsRewardIssuedAs}</td><td></td></tr>
        <#list rewardRows as r>
          <tr class="affc-reward">
            <td>${r.placeNumber!}</td><td>${r.partyId}</td>
            <td><#if r.kind??>${uiLabelMap["AffiliateContestsRewardKind_" + r.kind]}</#if></td>
            <td><#if r.amount??>${r.amount?string("0.00")} ${r.currencyUomId!}</#if></td>
            <td><#if r.statusId??>${uiLabelMap["AffiliateContestsRewardStatus_" + r.statusId]}<#else>${uiLabelMap.AffiliateContestsRewardStatus_PENDING}</#if>
              <#if r.lastError?has_content && r.statusId! == "AFFC_RWS_FAILED"><br/><span class="errorMessage">${r.lastError}</span></#if>
              <#if r.voidReason?has_content><br/><span class="tooltip">${r.voidReason}</span></#if></td>
            <td>${r.productPromoCodeId!}${r.finAccountId!}${r.invoiceId!}${r.note!}</td>
            <td>
              <#if r.canApprove>
                <@bo.postForm action="approveAffContestReward" class="affc-inline">
                  <input type="hidden" name="contestId" value="${contestId}"/><input type="hidden" name="partyId" value="${r.partyId}"/>
                  <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsRewardApprove}"/>
                </@bo.postForm>
              </#if>
              <#if r.canIssue>
                <@bo.postForm action="issueAffContestReward" class="affc-inline">
                  <input type="hidden" name="contestId" value="${contestId}"/><input type="hidden" name="partyId" value="${r.partyId}"/>
                  <#if r.kind! == "OTHER"><input type="text" name="note" size="30" placeholder="${uiLabelMap.AffiliateContestsRewardNote}"/></#if>
                  <input type="submit" class="smallSubmit" value="<#if r.statusId! == "AFFC_RWS_FAILED">${uiLabelMap.AffiliateContestsRewardRetry}<#elseif r.kind! == "OTHER">${uiLabelMap.AffiliateContestsRewardMarkDone}<#else>${uiLabelMap.AffiliateContestsRewardIssue}</#if>"/>
                </@bo.postForm>
              </#if>
              <#if r.canVoid>
                <@bo.postForm action="voidAffContestReward" class="affc-inline">
                  <input type="hidden" name="contestId" value="${contestId}"/><input type="hidden" name="partyId" value="${r.partyId}"/>
                  <input type="text" name="reason" size="20" placeholder="${uiLabelMap.AffiliateContestsRewardVoidReason}"/>
                  <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsRewardVoid}"/>
                </@bo.postForm>
              </#if>
            </td>
          </tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsRewardNone}</p>
    </#if>
  </div>
</div>
