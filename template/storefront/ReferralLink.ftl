<#--
  The partner's referral link on the portal home, with a copy button and what it brought this month.
  Context: referral (url, clicks, orders), absent for a party that is not a partner.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#if referral??>
<section class="affp-section affp-referral">
  <h2>${uiLabelMap.AffiliateContestsReferralTitle}</h2>
  <p><input type="text" id="affp-referral-url" class="affp-referral-url" value="${referral.url}" readonly="readonly"/>
    <button type="button" id="affp-referral-copy" data-copied="${uiLabelMap.AffiliateContestsReferralCopied}">${uiLabelMap.AffiliateContestsReferralCopy}</button></p>
  <p class="affp-referral-stats">${uiLabelMap.AffiliateContestsReferralThisMonth}: <strong class="affp-referral-clicks">${referral.clicks}</strong> ${uiLabelMap.AffiliateContestsReferralClicks},
    <strong class="affp-referral-orders">${referral.orders}</strong> ${uiLabelMap.AffiliateContestsReferralOrders}</p>
  <script src="<@ofbizContentUrl>/partners/js/referral.js</@ofbizContentUrl>" defer></script>
</section>
</#if>
