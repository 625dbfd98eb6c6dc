<#--
  Portal home: my running contests with my standing, upcoming ones, previous results and wins.
  Context: partnerName, running, upcoming, past, wins (getMyAffPortalHome); unreadCount,
  unreadMessages: the unread ones of my 5 latest (getMyAffMessages).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "PortalLib.ftl" as p/>
<section class="affp-hello">
  <h1>${uiLabelMap.AffPortalHello}, ${partnerName}</h1>
  <#if wins?has_content>
    <p class="affp-wins-count">${uiLabelMap.AffPortalMyWins}: <strong>${wins?size}</strong></p>
  </#if>
</section>

<#include "../storefront/ReferralLink.ftl"/>

<section class="affp-section affp-home-messages">
  <h2><a href="<@ofbizUrl>Messages</@ofbizUrl>">${uiLabelMap.AffPortalNavMessages}</a>
    <#if unreadCount gt 0><span class="affp-badge affp-badge-new">${unreadCount} ${uiLabelMap.AffPortalUnreadShort}</span></#if></h2>
  <#if unreadMessages?has_content>
    <ul class="affp-list">
      <#list unreadMessages as message>
        <li class="affp-unread"><a href="<@ofbizUrl>Message?communicationEventId=${message.communicationEventId}</@ofbizUrl>">${message.subject!}</a>
          <span class="affp-stat-note">${message.sentText}</span></li>
      </#list>
    </ul>
  <#else>
    <p class="affp-empty">${uiLabelMap.AffPortalNoUnread}</p>
  </#if>
</section>

<section class="affp-section">
  <h2>${uiLabelMap.AffPortalRunningContests}</h2>
  <#if running?has_content>
    <div class="affp-cards">
      <#list running as contest>
        <article class="affp-card" id="contest-${contest.contestId}">
          <header class="affp-card-head">
            <h3><a href="<@ofbizUrl>Contest?contestId=${contest.contestId}</@ofbizUrl>">${contest.contestName}</a></h3>
            <@p.status contest/>
          </header>
          <#if contest.rank??>
            <div class="affp-stats">
              <div class="affp-stat">
                <span class="affp-stat-label">${uiLabelMap.AffPortalRank}</span>
                <strong class="affp-stat-value">#${contest.rank}</strong>
                <span class="affp-stat-note">${uiLabelMap.AffPortalOf} ${contest.participants}</span>
              </div>
              <div class="affp-stat">
                <span class="affp-stat-label">${uiLabelMap.AffPortalScore}</span>
                <strong class="affp-stat-value"><@p.score contest.score contest.metricEnumId contest.currencyUomId/></strong>
              </div>
            </div>
            <#if contest.progressPercent??><@p.progress contest.progressPercent/></#if>
            <p class="affp-gap">
              <#if contest.gapToNext??>
                <strong><@p.score contest.gapToNext contest.metricEnumId contest.currencyUomId/></strong> ${uiLabelMap.AffPortalGapToNext}
              <#elseif contest.rank == 1 && contest.qualified>
                ${uiLabelMap.AffPortalLeading}
              <#elseif !contest.qualified>
                ${uiLabelMap.AffPortalNotQualified}
              </#if>
            </p>
          <#else>
            <p class="affp-stat-note">${uiLabelMap.AffPortalNoStandingYet}</p>
          </#if>
          <@p.countdown contest/>
          <a class="affp-button" href="<@ofbizUrl>Contest?contestId=${contest.contestId}</@ofbizUrl>">${uiLabelMap.AffPortalViewContest}</a>
        </article>
      </#list>
    </div>
  <#else>
    <p class="affp-empty">${uiLabelMap.AffPortalNoRunning}</p>
  </#if>
</section>

<#if upcoming?has_content>
  <section class="affp-section">
    <h2>${uiLabelMap.AffPortalUpcoming}</h2>
    <ul class="affp-list">
      <#list upcoming as contest>
        <li><a href="<@ofbizUrl>Contest?contestId=${contest.contestId}</@ofbizUrl>">${contest.contestName}</a>
          - ${uiLabelMap.AffPortalStartsOn} <time class="affp-local-time" datetime="${contest.startMillis?c}">${contest.startText}</time></li>
      </#list>
    </ul>
  </section>
</#if>

<section class="affp-section">
  <h2>${uiLabelMap.AffPortalPastResults}</h2>
  <#if past?has_content>
    <ul class="affp-list affp-results">
      <#list past as contest>
        <li class="<#if contest.won>affp-won</#if>">
          <a href="<@ofbizUrl>Contest?contestId=${contest.contestId}</@ofbizUrl>">${contest.contestName}</a>
          <span class="affp-result">
            <#if contest.place??>${uiLabelMap.AffPortalPlace} ${contest.place} ${uiLabelMap.AffPortalOf} ${contest.participants}</#if>
            <#if contest.won><span class="affp-badge affp-badge-win">${uiLabelMap.AffPortalWon}<#if contest.prizeText?has_content>: ${contest.prizeText}</#if></span></#if>
          </span>
        </li>
      </#list>
    </ul>
  <#else>
    <p class="affp-empty">${uiLabelMap.AffPortalNoPast}</p>
  </#if>
</section>
