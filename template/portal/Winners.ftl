<#--
  Winners of the finished contests I competed in, as each contest's display policy allows
  (getMyAffWinners: hidden names and amounts are absent). Context: contests.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "PortalLib.ftl" as p/>
<h1>${uiLabelMap.AffPortalWinnersTitle}</h1>
<#if contests?has_content>
  <#list contests as contest>
    <section class="affp-section affp-winners">
      <h2><a href="<@ofbizUrl>Contest?contestId=${contest.contestId}</@ofbizUrl>">${contest.contestName}</a></h2>
      <p class="affp-stat-note">${uiLabelMap.AffPortalEnded} <time class="affp-local-time" datetime="${contest.endMillis?c}">${contest.endText}</time></p>
      <#if contest.winners?has_content>
        <table class="affp-table">
          <thead><tr><th scope="col">${uiLabelMap.AffPortalPlace}</th><th scope="col">${uiLabelMap.AffPortalPartner}</th>
            <th scope="col">${uiLabelMap.AffPortalScore}</th><th scope="col">${uiLabelMap.AffPortalPrize}</th></tr></thead>
          <tbody>
            <#list contest.winners as winner>
              <tr class="<#if winner.viewer>affp-me</#if>">
                <td class="affp-rank">${winner.place}</td>
                <td class="affp-name">${winner.displayName}<#if winner.viewer> <span class="affp-you">${uiLabelMap.AffPortalYou}</span></#if></td>
                <td class="affp-score"><#if winner.score??><@p.score winner.score contest.metricEnumId contest.currencyUomId/><#else><span class="affp-hidden" title="${uiLabelMap.AffPortalHidden}">&#8226;&#8226;&#8226;</span></#if></td>
                <td>${winner.prizeText!}</td>
              </tr>
            </#list>
          </tbody>
        </table>
      <#else>
        <p class="affp-empty">${uiLabelMap.AffPortalNoWinnersInContest}</p>
      </#if>
    </section>
  </#list>
<#else>
  <p class="affp-empty">${uiLabelMap.AffPortalNoWinners}</p>
</#if>
