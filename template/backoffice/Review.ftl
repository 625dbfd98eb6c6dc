<#--
  Step 6 of the wizard and the contest's overview: everything the contest will run with, the live
  count of eligible partners, and what its state allows: launch, dry run, extend, cancel, finalize, clone.
  Data: ContestScreens.groovy#contestPage and #eligibleCount.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<#if ((parameters.launched)!"") == "Y" && !canLaunch>
<div class="screenlet" id="affc-launched">
  <div class="screenlet-body">
    <p><strong>${uiLabelMap.AffiliateContestsBoLaunchedTitle}</strong> ${uiLabelMap.AffiliateContestsBoFrozenParticipants}: <span class="affc-count">${participantCount}</span>
      &middot; <#if (contest.statusId!"") == "AFFC_SCHEDULED">${uiLabelMap.AffiliateContestsBoStartsAt}<#else>${uiLabelMap.AffiliateContestsBoStartedAt}</#if> <@bo.moment m=startMoment!""/>
      <a class="buttontext" href="<@ofbizUrl>AffContestLeaderboard?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoOpenLeaderboard}</a></p>
  </div>
</div>
</#if>
<div class="screenlet" id="affc-actions">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoActions}</h3></div>
  <div class="screenlet-body">
    <#if canLaunch>
      <p>${uiLabelMap.AffiliateContestsBoLaunchIntro}</p>
      <@bo.contestButton action="launchAffContest" contestId=contestId label=uiLabelMap.AffiliateContestsBoLaunch/>
      <a class="buttontext" href="<@ofbizUrl>AffContestDryRun?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoDryRun}</a>
    </#if>
    <#if canExtend>
      <@bo.postForm action="extendAffContest" name="extendContest" class="affc-inline">
        <input type="hidden" name="contestId" value="${contestId}"/>
        <label>${uiLabelMap.AffiliateContestsBoNewEnd} <input type="text" name="endLocal" size="16" value="${endLocal}"/></label>
        <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsBoExtend}"/>
      </@bo.postForm>
    </#if>
    <#if canFinalize>
      <@bo.contestButton action="finalizeAffContest" contestId=contestId label=uiLabelMap.AffiliateContestsBoFinalize extraName="early" extraValue="Y"/>
    </#if>
    <#if canUnschedule!false>
      <p>${uiLabelMap.AffiliateContestsBoUnscheduleIntro}</p>
      <@bo.contestButton action="unscheduleAffContest" contestId=contestId label=uiLabelMap.AffiliateContestsBoUnschedule/>
    </#if>
    <#if canCancel>
      <@bo.contestButton action="cancelAffContest" contestId=contestId label=uiLabelMap.AffiliateContestsBoCancelContest/>
    </#if>
    <@bo.contestButton action="cloneAffContest" contestId=contestId label=uiLabelMap.AffiliateContestsBoClone/>
    <a class="buttontext" href="<@ofbizUrl>AffContestLeaderboard?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoLeaderboard}</a>
  </div>
</div>

<div class="screenlet" id="affc-summary">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoSummary}</h3></div>
  <div class="screenlet-body">
    <table class="basic-table">
      <tr><td class="label">${uiLabelMap.CommonDescription}</td><td>${contest.description!}</td></tr>
      <tr><td class="label">${uiLabelMap.AffiliateContestsBoMetric}</td><td><@bo.metric contest.metricEnumId!/></td></tr>
      <tr><td class="label">${uiLabelMap.AffiliateContestsBoKind}</td><td><@bo.kind contest.kindEnumId!/></td></tr>
      <#if contest.targetValue??><tr><td class="label">${uiLabelMap.AffiliateContestsBoTarget}</td><td><@bo.score value=contest.targetValue unit=scoreUnit!"COUNT" currency=scoreCurrency!""/></td></tr></#if>
      <#if contest.goalCap??><tr><td class="label">${uiLabelMap.AffiliateContestsBoGoalCap}</td><td>${contest.goalCap}</td></tr></#if>
      <#if contest.maxWinners??><tr><td class="label">${uiLabelMap.AffiliateContestsBoMaxWinners}</td><td>${contest.maxWinners}</td></tr></#if>
      <tr><td class="label">${uiLabelMap.AffiliateContestsBoWindow}</td><td><@bo.moment m=startMoment!""/> &rarr; <@bo.moment m=endMoment!""/></td></tr>
      <tr><td class="label">${uiLabelMap.AffiliateContestsBoStepEligibility}</td>
        <td><#if (contest.eligibleAll!"N") == "Y">${uiLabelMap.AffiliateContestsBoEveryAffiliate}<#else>${uiLabelMap.AffiliateContestsBoByCriteria} (${eligibilityRules?size})</#if>
          &middot; ${uiLabelMap.AffiliateContestsBoEligibleNow}: <strong class="affc-count">${eligibleCount!"-"}</strong>
          <#if participantCount &gt; 0>&middot; ${uiLabelMap.AffiliateContestsBoFrozenParticipants}: ${participantCount}</#if></td></tr>
    </table>
    <h4>${uiLabelMap.AffiliateContestsBoStepPrizes}</h4>
    <#if prizes?has_content>
      <ul>
        <#list prizes as p>
          <li>${p.fromPlace}<#if p.thruPlace??><#if p.thruPlace != p.fromPlace>-${p.thruPlace}</#if><#else>+</#if>: <@bo.prize text=p.prizeText!"" amount=p.amount!"" currency=p.currencyUomId!""/></li>
        </#list>
      </ul>
    <#else>
      <p class="alert">${uiLabelMap.AffiliateContestsErrorPrizesRequired}
        <a href="<@ofbizUrl>AffContestPrizes?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoAddPrize}</a></p>
    </#if>
  </div>
</div>
