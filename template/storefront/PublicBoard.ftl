<#--
  The public leaderboard of a contest for the store's pages: included in ecommerce's decorator
  (widget/StorefrontScreens.xml#AffPublicLeaderboard) or embedded by the admin's snippet
  (/partners/control/PublicBoard). Only what getAffPublicLeaderboard gives: hidden names and amounts
  are absent. Context: contest, leaderboard, becomePartnerUrl; publicBoardMissing when not published.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<div class="affp-public-board">
  <#if publicBoardMissing?? || !contest??>
    <p class="affp-public-missing">${uiLabelMap.AffiliateContestsStorefrontNoBoard}</p>
  <#else>
    <h3 class="affp-public-title">${contest.contestName!}</h3>
    <#include "../portal/Board.ftl"/>
  </#if>
  <p class="affp-public-join"><a href="${becomePartnerUrl}" target="_top">${uiLabelMap.AffiliateContestsStorefrontBecomePartner}</a></p>
</div>
