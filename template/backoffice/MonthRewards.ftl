<#--
  The rewards issued this month, by kind and currency (getAffContestRewardTotals). Context: rewardTotals.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<div class="screenlet" id="affc-month-rewards">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsRewardMonthTitle}</h3></div>
  <div class="screenlet-body">
    <#if rewardTotals?has_content>
      <table class="basic-table">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsRewardKind}</td><td>${uiLabelMap.AffiliateContestsRewardCount}</td><td>${uiLabelMap.AffiliateContestsRewardAmount}</td></tr>
        <#list rewardTotals as t>
          <tr><td>${uiLabelMap["AffiliateContestsRewardKind_" + t.kind]}</td><td>${t.count}</td>
            <td><#if t.currencyUomId?has_content>${t.amount?string("0.00")} ${t.currencyUomId}</#if></td></tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsRewardMonthNone}</p>
    </#if>
  </div>
</div>
