<#--
  A contest's leaderboard as the partner may see it (getMyAffContestLeaderboard applies the
  display policy: hidden names and amounts are simply absent). Rendered inside the contest page
  and alone, when the page's script fetches it again after a change.
  Context: contest (getMyAffContestRules), leaderboard.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "PortalLib.ftl" as p/>
<#macro boardRow row>
  <tr class="<#if row.viewer>affp-me</#if><#if !row.qualified> affp-unqualified</#if>">
    <td class="affp-rank">${row.rank}</td>
    <td class="affp-name">${row.displayName}<#if row.viewer> <span class="affp-you">${uiLabelMap.AffPortalYou}</span></#if></td>
    <td class="affp-score"><#if row.score??><@p.score row.score contest.metricEnumId contest.currencyUomId/><#else><span class="affp-hidden" title="${uiLabelMap.AffPortalHidden}">&#8226;&#8226;&#8226;</span></#if></td>
    <#if contest.targetValue??>
      <td class="affp-progress-cell"><#if row.progressPercent??><@p.progress row.progressPercent/></#if></td>
    </#if>
  </tr>
</#macro>
<div class="affp-board-inner">
  <p class="affp-board-status">
    <#if contest.statusId == "AFFC_FINALIZED">${uiLabelMap.AffPortalFinal}
    <#elseif contest.statusId == "AFFC_ENDED">${uiLabelMap.AffPortalProvisional} - ${uiLabelMap.AffPortalProvisionalNote}
    <#else>${uiLabelMap.AffPortalLiveNote}</#if>
    <span class="affp-participants">${leaderboard.participants} ${uiLabelMap.AffPortalParticipants}</span>
  </p>
  <table class="affp-table">
    <thead>
      <tr>
        <th scope="col">${uiLabelMap.AffPortalRank}</th>
        <th scope="col">${uiLabelMap.AffPortalPartner}</th>
        <th scope="col">${uiLabelMap.AffPortalScore}</th>
        <#if contest.targetValue??><th scope="col">${uiLabelMap.AffPortalProgress}</th></#if>
      </tr>
    </thead>
    <tbody>
      <#list leaderboard.top as row><@boardRow row/></#list>
      <#if leaderboard.aroundViewer?has_content>
        <tr class="affp-ellipsis"><td colspan="<#if contest.targetValue??>4<#else>3</#if>">&#8942;</td></tr>
        <#list leaderboard.aroundViewer as row><@boardRow row/></#list>
      </#if>
    </tbody>
  </table>
  <#if leaderboard.viewer?? && leaderboard.viewer.gapToNext??>
    <p class="affp-gap"><strong><@p.score leaderboard.viewer.gapToNext contest.metricEnumId contest.currencyUomId/></strong> ${uiLabelMap.AffPortalGapToNext}</p>
  </#if>
</div>
