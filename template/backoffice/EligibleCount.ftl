<#--
  The live count of eligible partners (countAffContestEligible), shown above the eligibility step
  and refreshed by every change of the criteria.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<div class="screenlet" id="affc-eligible-count">
  <div class="screenlet-body">
    <#if eligibleCount??>
      <#-- who competes now, in words: every affiliate, or those the criteria match (countAffContestEligible, after every change) -->
      <#if ((contest.eligibleAll)!"N") == "Y">
        <h2>${uiLabelMap.AffiliateContestsBoCompetesNow}: ${uiLabelMap.AffiliateContestsBoCompetesAllBefore} <span class="affc-count">${eligibleCount}</span> ${uiLabelMap.AffiliateContestsBoCompetesAllAfter}</h2>
      <#else>
        <h2>${uiLabelMap.AffiliateContestsBoCompetesNow}: <span class="affc-count">${eligibleCount}</span> ${uiLabelMap.AffiliateContestsBoCompetesMatchAfter}</h2>
      </#if>
      <#if eligibleCount == 0><p class="alert">${uiLabelMap.AffiliateContestsErrorEligibilityMatchesNobody}</p></#if>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoEligibleUnknown}</p>
    </#if>
    <#if participantCount?? && participantCount &gt; 0>
      <p>${uiLabelMap.AffiliateContestsBoFrozenParticipants}: ${participantCount}</p>
    </#if>
  </div>
</div>
