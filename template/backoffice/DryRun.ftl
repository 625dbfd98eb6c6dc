<#--
  Dry run: the contest evaluated over the orders completed in its window, before launch; nothing
  is stored. Data: dryRunAffContest (dryRun), ContestScreens.groovy#dryRunNames (partnerNames, refusedRows).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<div class="screenlet" id="affc-dry-run">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoDryRun}</h3></div>
  <div class="screenlet-body">
    <p>${uiLabelMap.AffiliateContestsBoDryRunIntro}</p>
    <#if (dryRun.responseMessage!"") == "error">
      <div class="errorMessage">
        <p>${uiLabelMap.AffiliateContestsBoDryRunFailed}</p>
        <ul><#list dryRun.errorMessageList![dryRun.errorMessage!""] as message><li>${message}</li></#list></ul>
      </div>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoParticipants}: <strong>${dryRun.participants}</strong>
        &middot; ${uiLabelMap.AffiliateContestsBoOrdersCredited}: <strong>${dryRun.credited}</strong></p>
      <#if refusedRows?has_content>
        <h4>${uiLabelMap.AffiliateContestsBoOrdersRefused}</h4>
        <ul>
          <#list refusedRows as refused>
            <li>${uiLabelMap[refused.labelKey]}: ${refused.count}</li>
          </#list>
        </ul>
      </#if>
      <h4>${uiLabelMap.AffiliateContestsBoWouldBeWinners}</h4>
      <#if dryRun.winners?has_content>
        <table class="basic-table">
          <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoPlace}</td><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoPrize}</td></tr>
          <#list dryRun.winners as w><tr><td>${w.place}</td><td>${partnerNames[w.partyId]!w.partyId}</td><td><@bo.prize text=w.prize!"" amount=w.prizeAmount!"" currency=w.prizeCurrencyUomId!""/></td></tr></#list>
        </table>
      <#else>
        <p>${uiLabelMap.AffiliateContestsBoNoWinnerYet}</p>
      </#if>
      <h4>${uiLabelMap.AffiliateContestsBoWouldBeRanking}</h4>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoRank}</td><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoScore}</td><td>${uiLabelMap.AffiliateContestsBoQualified}</td></tr>
        <#list dryRun.ranking as r>
          <tr><td>${r.rank}</td><td>${partnerNames[r.partyId]!r.partyId}</td><td><@bo.score value=r.score unit=scoreUnit!"COUNT" currency=scoreCurrency!""/></td><td><#if r.qualified>${uiLabelMap.CommonYes}<#else>${uiLabelMap.CommonNo}</#if></td></tr>
        </#list>
      </table>
      <#if dryRun.flags?has_content>
        <h4>${uiLabelMap.AffiliateContestsBoFraudFlags}</h4>
        <ul><#list dryRun.flags as f><li>${partnerNames[f.partyId]!f.partyId}: ${f.orderId} (${uiLabelMap["AffiliateContestsBoFlag_" + f.reason]})</li></#list></ul>
      </#if>
    </#if>
    <#if canLaunch><@bo.contestButton action="launchAffContest" contestId=contestId label=uiLabelMap.AffiliateContestsBoLaunch/></#if>
  </div>
</div>
