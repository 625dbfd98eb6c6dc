<#--
  The partner's own rewards: status (pending review, issued with its code, card or balance, voided).
  Only the partner's own (getMyAffRewards reads the signed-in party's rewards alone). Context: myRewards.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#if myRewards?has_content>
  <section class="affp-section affp-rewards">
    <h2>${uiLabelMap.AffiliateContestsRewardMine}</h2>
    <table class="affp-table">
      <thead><tr><th scope="col">${uiLabelMap.AffiliateContestsRewardContest}</th><th scope="col">${uiLabelMap.AffiliateContestsRewardKind}</th>
        <th scope="col">${uiLabelMap.AffiliateContestsRewardAmount}</th><th scope="col">${uiLabelMap.AffiliateContestsRewardStatus}</th></tr></thead>
      <tbody>
        <#list myRewards as r>
          <tr class="affp-reward">
            <td>${r.contestName!r.contestId}</td>
            <td>${uiLabelMap["AffiliateContestsRewardKind_" + r.kind]}<#if r.prizeText?has_content><br/>${r.prizeText}</#if></td>
            <td><#if r.amount??>${r.amount?string("0.00")} ${r.currencyUomId!}</#if></td>
            <td>${uiLabelMap["AffiliateContestsRewardPartnerStatus_" + r.statusId]}
              <#if r.promoCode??><br/>${uiLabelMap.AffiliateContestsRewardPromoCode}: <code class="affp-code">${r.promoCode}</code></#if>
              <#if r.cardNumber??><br/>${uiLabelMap.AffiliateContestsRewardCardNumber}: <code class="affp-code">${r.cardNumber}</code><#if r.cardPin??> ${uiLabelMap.AffiliateContestsRewardCardPin}: <code>${r.cardPin}</code></#if></#if>
              <#if r.balance??><br/>${uiLabelMap.AffiliateContestsRewardBalance}: ${r.balance?string("0.00")} ${r.currencyUomId!}</#if>
              <#if r.invoiceId??><br/>${uiLabelMap.AffiliateContestsRewardInvoice}: ${r.invoiceId}</#if>
              <#if r.note?has_content><br/>${r.note}</#if>
            </td>
          </tr>
        </#list>
      </tbody>
    </table>
  </section>
</#if>
