<#--
  Dashboard of the back office: running and upcoming contests with countdowns, top partners of the
  running contests, recent credits, and what needs attention. Data: getAffContestDashboard (dashboard).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<div class="button-bar">
  <a class="buttontext create" href="<@ofbizUrl>NewAffContest</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoNewContest}</a>
  <a class="buttontext" href="<@ofbizUrl>FindAffContest</@ofbizUrl>">${uiLabelMap.AffiliateContestsContests}</a>
</div>

<div class="screenlet" id="affc-attention">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoAttention}</h3></div>
  <div class="screenlet-body">
    <#if !dashboard.toFinalize?has_content && !dashboard.openFlags?has_content && !dashboard.unansweredReplies?has_content && !dashboard.jobFailures?has_content && !dashboard.failingEvents?has_content>
      <p>${uiLabelMap.AffiliateContestsBoNothingNeedsAttention}</p>
    </#if>
    <#if dashboard.jobFailures?has_content>
      <h4>${uiLabelMap.AffiliateContestsBoJobFailures} (${dashboard.jobFailures?size})</h4>
      <ul id="affc-job-failures">
        <#list dashboard.jobFailures as c>
          <li><a href="<@ofbizUrl>AffContestReview?contestId=${c.contestId}</@ofbizUrl>">${c.contestName!c.contestId}</a>
            &mdash; ${uiLabelMap.AffiliateContestsBoJobFailuresInARow}: ${c.jobFailures}, ${uiLabelMap.AffiliateContestsBoJobLastFailure} <@bo.dateTime c.jobFailedDate/>: ${c.jobLastError!}</li>
        </#list>
      </ul>
    </#if>
    <#if dashboard.toFinalize?has_content>
      <h4>${uiLabelMap.AffiliateContestsBoToFinalize}</h4>
      <ul>
        <#list dashboard.toFinalize as c>
          <li><a href="<@ofbizUrl>AffContestReview?contestId=${c.contestId}</@ofbizUrl>">${c.contestName}</a>
            &mdash; ${uiLabelMap.AffiliateContestsBoReturnWindowUntil} <@bo.moment m=c.returnWindowEndMoment!""/></li>
        </#list>
      </ul>
    </#if>
    <#if dashboard.unansweredReplies?has_content>
      <h4><a href="<@ofbizUrl>AffBroadcastInbox?unansweredOnly=Y</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoUnansweredReplies} (${dashboard.unansweredReplies?size})</a></h4>
      <ul>
        <#list dashboard.unansweredReplies as r>
          <li>${r.alias!r.name!r.partyId}: ${r.subject!}<#if (r.dispute!"N") == "Y"> <span class="alert">${uiLabelMap.AffiliateContestsBoDispute}</span></#if></li>
        </#list>
      </ul>
    </#if>
    <#if dashboard.failingEvents?has_content>
      <h4 id="affc-failing-events">${uiLabelMap.AffiliateContestsBoFailingEvents} (${dashboard.failingEventCount})</h4>
      <p>${uiLabelMap.AffiliateContestsBoFailingEventsHelp}</p>
      <table class="basic-table">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoOrder}</td><td>${uiLabelMap.AffiliateContestsBoEventReturn}</td><td>${uiLabelMap.CommonStatus}</td><td>${uiLabelMap.AffiliateContestsBoEventAttempts}</td><td>${uiLabelMap.AffiliateContestsBoEventNextAttempt}</td><td>${uiLabelMap.AffiliateContestsBoEventLastError}</td></tr>
        <#list dashboard.failingEvents as e>
          <tr><td>${e.orderId!"-"}</td><td>${e.returnId!"-"}</td><td>${e.statusId!"-"}</td><td>${e.attempts!0}</td>
            <td><#if e.nextAttemptDate??><@bo.dateTime e.nextAttemptDate/><#else>-</#if></td><td>${e.lastError!""}</td></tr>
        </#list>
      </table>
    </#if>
    <#if dashboard.openFlags?has_content>
      <h4>${uiLabelMap.AffiliateContestsBoFraudFlags} (${dashboard.openFlags?size})</h4>
      <table class="basic-table">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsContest}</td><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoOrder}</td><td>${uiLabelMap.AffiliateContestsBoReason}</td><td>${uiLabelMap.CommonDate}</td></tr>
        <#list dashboard.openFlags as f>
          <tr><td><a href="<@ofbizUrl>AffContestLeaderboard?contestId=${f.contestId}</@ofbizUrl>">${f.contestName!f.contestId}</a></td>
            <td>${f.partnerName!f.partyId}</td><td>${f.orderId}</td>
            <td>${uiLabelMap["AffiliateContestsBoReason_" + f.reasonEnumId]}</td><td><@bo.dateTime f.flaggedDate/></td></tr>
        </#list>
      </table>
    </#if>
  </div>
</div>

<div class="screenlet" id="affc-running">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoRunningContests}</h3></div>
  <div class="screenlet-body">
    <#if dashboard.running?has_content>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsContest}</td><td>${uiLabelMap.CommonStatus}</td><td>${uiLabelMap.AffiliateContestsBoMetric}</td><td>${uiLabelMap.AffiliateContestsBoParticipants}</td><td>${uiLabelMap.AffiliateContestsBoLeader}</td><td>${uiLabelMap.AffiliateContestsBoEndsIn}</td><td></td></tr>
        <#list dashboard.running as c>
          <tr><td><a href="<@ofbizUrl>AffContestReview?contestId=${c.contestId}</@ofbizUrl>">${c.contestName}</a><#if c.unreadable??> <span class="affc-unreadable">${uiLabelMap.AffiliateContestsBoContestUnreadable}</span></#if></td>
            <td><@bo.status c.statusId/></td><td><@bo.metric c.metricEnumId/></td><td>${c.participants}</td><td>${c.leaderName!"-"}</td>
            <td><#if c.statusId == "AFFC_ACTIVE"><@bo.countdown c.thruMillis/><#else>${uiLabelMap.AffiliateContestsBoEnded}</#if><#if c.thruMoment?has_content><br/><small><@bo.moment m=c.thruMoment/></small></#if></td>
            <td><a class="buttontext" href="<@ofbizUrl>AffContestLeaderboard?contestId=${c.contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoLeaderboard}</a></td></tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoRunningContest} <a href="<@ofbizUrl>NewAffContest</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoNewContest}</a></p>
    </#if>
  </div>
</div>

<div class="screenlet" id="affc-upcoming">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoUpcomingContests}</h3></div>
  <div class="screenlet-body">
    <#if dashboard.upcoming?has_content>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsContest}</td><td>${uiLabelMap.CommonStatus}</td><td>${uiLabelMap.AffiliateContestsBoStart}</td><td>${uiLabelMap.AffiliateContestsBoStartsIn}</td></tr>
        <#list dashboard.upcoming as c>
          <tr><td><a href="<@ofbizUrl>AffContestReview?contestId=${c.contestId}</@ofbizUrl>">${c.contestName}</a></td>
            <td><@bo.status c.statusId/></td><td><@bo.moment m=c.fromMoment!""/></td><td><#if (c.fromMillis!0) &gt; .now?long><@bo.countdown c.fromMillis/><#else>-</#if></td></tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoUpcomingContest}</p>
    </#if>
  </div>
</div>

<div class="screenlet" id="affc-top-partners">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoTopPartners}</h3></div>
  <div class="screenlet-body">
    <#if dashboard.topPartners?has_content>
      <table class="basic-table">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoPodiums}</td><td>${uiLabelMap.AffiliateContestsBoBestPlace}</td><td>${uiLabelMap.AffiliateContestsContests}</td></tr>
        <#list dashboard.topPartners as p>
          <tr><td>${p.name!p.partyId}</td><td>${p.podiums}</td><td>${p.bestPlace}</td><td>${p.contests?join(", ")}</td></tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoPartnerYet}</p>
    </#if>
  </div>
</div>

<#if dashboard.recentBroadcasts??>
<div class="screenlet" id="affc-engagement">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoMessagingEngagement}</h3></div>
  <div class="screenlet-body">
    <#if dashboard.recentBroadcasts?has_content>
      <table class="basic-table">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoSubject}</td><td>${uiLabelMap.CommonDate}</td><td>${uiLabelMap.AffiliateContestsBoSent}</td><td>${uiLabelMap.AffiliateContestsBoOpenRate}</td><td>${uiLabelMap.AffiliateContestsBoReplyRate}</td></tr>
        <#list dashboard.recentBroadcasts as b>
          <tr><td><a href="<@ofbizUrl>AffBroadcastDetail?broadcastId=${b.broadcastId}</@ofbizUrl>">${b.subject!b.broadcastId}</a></td><td><@bo.dateTime b.sentDate!/></td>
            <td>${(b.stats.sent)!0}</td><td>${(b.stats.openRate)!0}%</td><td>${(b.stats.replyRate)!0}%</td></tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoBroadcast}</p>
    </#if>
  </div>
</div>
</#if>

<div class="screenlet" id="affc-recent-credits">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoRecentCredits}</h3></div>
  <div class="screenlet-body">
    <#if dashboard.recentCredits?has_content>
      <table class="basic-table">
        <tr class="header-row"><td>${uiLabelMap.CommonDate}</td><td>${uiLabelMap.AffiliateContestsContest}</td><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoOrder}</td><td>${uiLabelMap.AffiliateContestsBoLine}</td><td>${uiLabelMap.CommonAmount}</td></tr>
        <#list dashboard.recentCredits as r>
          <tr><td><@bo.dateTime r.occurredDate/></td><td>${r.contestName!r.contestId}</td><td>${r.partnerName!r.partyId}</td><td>${r.orderId}</td>
            <td>${uiLabelMap["AffiliateContestsBoLine_" + r.lineKind]}</td><td><@bo.score value=r.amount!"" unit=r.scoreUnit!"COUNT" currency=r.currencyUomId!""/></td></tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoCreditYet}</p>
    </#if>
  </div>
</div>
<@bo.countdownScript/>
