<#--
  A contest: its rules and prizes in plain words, and its leaderboard, kept up to date by
  liveboard.js (told of changes on the socket ws/board, it fetches ContestBoard only when the marker changed;
  ContestBoardMarker is its poll).
  Context: contest, marker (getMyAffContestRules), leaderboard (getMyAffContestLeaderboard).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "PortalLib.ftl" as p/>
<p class="affp-back"><a href="<@ofbizUrl>main</@ofbizUrl>">&larr; ${uiLabelMap.AffPortalBackHome}</a></p>
<header class="affp-contest-head">
  <h1>${contest.contestName}</h1>
  <@p.status contest/>
</header>
<#if contest.description?has_content><p class="affp-description">${contest.description}</p></#if>
<@p.countdown contest/>

<div class="affp-columns">
  <section class="affp-section affp-rules">
    <h2>${uiLabelMap.AffPortalRules}</h2>
    <ul>
      <li>${uiLabelMap["AffPortalMetric_" + contest.metricEnumId]}<#if contest.metricEnumId == "AFFCM_REVENUE" && contest.currencyUomId?has_content> (${contest.currencyUomId})</#if>.</li>
      <li>${uiLabelMap["AffPortalKind_" + contest.kindEnumId]}</li>
      <#if contest.targetValue??><li>${uiLabelMap.AffPortalGoal}: <strong><@p.score contest.targetValue contest.metricEnumId contest.currencyUomId/></strong></li></#if>
      <#if contest.minimumToQualify??><li>${uiLabelMap.AffPortalMinimum}: <strong><@p.score contest.minimumToQualify contest.metricEnumId contest.currencyUomId/></strong></li></#if>
      <#if (contest.minimumVisits!0) gt 0><li>${uiLabelMap.AffPortalMinimumVisits}: <strong>${contest.minimumVisits}</strong></li></#if>
      <#if contest.goalCap??><li>${uiLabelMap.AffPortalGoalCap}: <strong>${contest.goalCap}</strong></li></#if>
      <#if contest.maxWinners??><li>${uiLabelMap.AffPortalMaxWinners}: <strong>${contest.maxWinners}</strong></li></#if>
      <li>${uiLabelMap.AffPortalWindow}: <time class="affp-local-time" datetime="${contest.startMillis?c}">${contest.startText}</time>
        &rarr; <time class="affp-local-time" datetime="${contest.endMillis?c}">${contest.endText}</time></li>
      <#if (contest.returnWindowDays!0) gt 0><li>${uiLabelMap.AffPortalReturnWindow}: <strong>${contest.returnWindowDays}</strong></li></#if>
      <li>${uiLabelMap["AffPortalNames_" + (contest.nameDisplayEnumId!"AFFCN_ALIAS")]}<#if !contest.showAmounts> ${uiLabelMap.AffPortalAmountsHidden}</#if></li>
    </ul>
  </section>
  <section class="affp-section affp-prizes">
    <h2>${uiLabelMap.AffPortalPrizes}</h2>
    <#if contest.prizes?has_content>
      <ul>
        <#list contest.prizes as prize>
          <li><span class="affp-prize-places"><#if prize.thruPlace??><#if prize.thruPlace == prize.fromPlace>${uiLabelMap.AffPortalPlace} ${prize.fromPlace}<#else>${uiLabelMap.AffPortalPlaces} ${prize.fromPlace}-${prize.thruPlace}</#if><#else>${uiLabelMap.AffPortalPlacesFrom} ${prize.fromPlace}</#if></span>
            <strong>${prize.prizeText!}</strong></li>
        </#list>
      </ul>
    <#else>
      <p class="affp-empty">${uiLabelMap.AffPortalNoPrizes}</p>
    </#if>
  </section>
</div>

<section class="affp-section affp-leaderboard">
  <h2>${uiLabelMap.AffPortalLeaderboard}</h2>
  <div id="affp-board" aria-live="polite" data-marker="${marker}"
      data-live-socket="/partners/ws/board?contestId=${contest.contestId}"
      data-marker-url="<@ofbizUrl>ContestBoardMarker?contestId=${contest.contestId}</@ofbizUrl>"
      data-board-url="<@ofbizUrl>ContestBoard?contestId=${contest.contestId}</@ofbizUrl>"
      data-live="<#if contest.statusId == "AFFC_FINALIZED">N<#else>Y</#if>">
    <#include "Board.ftl"/>
  </div>
</section>
<script src="<@ofbizContentUrl>/partners/js/liveboard.js</@ofbizContentUrl>" defer></script>
