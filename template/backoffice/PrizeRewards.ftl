<#--
  How each prize tier is paid through OFBiz (kind, promotion, validity) and the prize budget with
  the table's cost; a table over budget is refused with a label (setAffContestPrizeBudget).
  Data: reward/RewardScreens.groovy#prizeRewards.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<div class="screenlet" id="affc-prize-rewards">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsRewardTermsTitle}</h3></div>
  <div class="screenlet-body">
    <#if prizeTiers?has_content>
      <table class="basic-table">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsRewardPlace}</td><td>${uiLabelMap.AffiliateContestsRewardAmount}</td><td>${uiLabelMap.AffiliateContestsRewardKind}</td><td></td></tr>
        <#list prizeTiers as tier>
          <#assign terms = prizeTerms[tier.prizeSeqId]!{}/>
          <tr class="affc-prize-reward">
            <td>${tier.fromPlace!}<#if tier.thruPlace?? && tier.thruPlace != tier.fromPlace>&ndash;${tier.thruPlace}<#elseif !tier.thruPlace??>+</#if> ${tier.prizeText!}</td>
            <td><#if tier.amount??>${tier.amount?string("0.00")} ${tier.currencyUomId!}</#if></td>
            <td>
              <@bo.postForm action="setAffContestPrizeReward" class="affc-inline">
                <input type="hidden" name="contestId" value="${contestId}"/><input type="hidden" name="prizeSeqId" value="${tier.prizeSeqId}"/>
                <select name="rewardKindEnumId">
                  <#list rewardKinds as kind><option value="${kind.enumId}"<#if (terms.rewardKindEnumId!"") == kind.enumId> selected="selected"</#if>>${uiLabelMap["AffiliateContestsRewardKind_" + kind.enumCode]}</option></#list>
                </select>
                <select name="productPromoId"><option value="">${uiLabelMap.AffiliateContestsRewardPromotion}</option>
                  <#list promotions as promo><option value="${promo.productPromoId}"<#if (terms.productPromoId!"") == promo.productPromoId> selected="selected"</#if>>${promo.promoName!promo.productPromoId}</option></#list>
                </select>
                <input type="text" name="validDays" size="4" value="${terms.validDays!}" placeholder="${uiLabelMap.AffiliateContestsRewardValidDays}"/>
                <input type="submit" class="smallSubmit" value="${uiLabelMap.CommonSave}"/>
              </@bo.postForm>
            </td>
            <td></td>
          </tr>
        </#list>
      </table>
    </#if>
    <p class="affc-prize-cost">${uiLabelMap.AffiliateContestsRewardTableCost}:
      <#list (prizeCost.tableCost)![] as c>${c.amount?string("0.00")} ${c.currencyUomId}<#sep>, </#sep><#else>0</#list>
      <#if (prizeCost.tableBounded!"Y") == "N"> (${uiLabelMap.AffiliateContestsRewardErrorUnboundedCost})</#if></p>
    <#list prizeCost.overBudget![] as problem><p class="errorMessage">${problem}</p></#list>
    <@bo.postForm action="setAffContestPrizeBudget" class="affc-inline">
      <input type="hidden" name="contestId" value="${contestId}"/>
      <label>${uiLabelMap.AffiliateContestsRewardBudget} <input type="text" name="budgetAmount" size="10" value="${(prizeBudget.budgetAmount?string("0.00"))!}"/></label>
      <input type="text" name="currencyUomId" size="4" value="${(prizeBudget.currencyUomId)!(contest.currencyUomId)!"USD"}"/>
      <input type="submit" class="smallSubmit" value="${uiLabelMap.CommonSave}"/>
    </@bo.postForm>
  </div>
</div>
