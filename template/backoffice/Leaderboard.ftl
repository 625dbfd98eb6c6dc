<#--
  Leaderboard: ranks, scores, progress to the goal, fraud flags, provisional or final, a flot bar
  chart of the top partners (flot is bundled with OFBiz's common theme), CSV exports.
  Data: getAffContestLeaderboard (board), ContestScreens.groovy#fraudFlags.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<#assign lb = board.leaderboard!{}>
<div class="screenlet" id="affc-leaderboard">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoLeaderboard}
    <#if lb.provisional!true>(${uiLabelMap.AffiliateContestsBoProvisional})<#else>(${uiLabelMap.AffiliateContestsBoFinal})</#if></h3></div>
  <div class="screenlet-body">
    <div class="button-bar">
      <a class="buttontext" href="<@ofbizUrl>exportAffContestLeaderboardCsv?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoExportLeaderboardCsv}</a>
      <a class="buttontext" href="<@ofbizUrl>exportAffContestWinnersCsv?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoExportWinnersCsv}</a>
    </div>
    <#if (board.responseMessage!"") == "error">
      <p class="errorMessage">${board.errorMessage!}</p>
    <#elseif lb.top?has_content>
      <p>${uiLabelMap.AffiliateContestsBoParticipants}: ${lb.participants}</p>
      <div id="affc-chart" style="width:640px;height:260px;"></div>
      <table class="basic-table hover-bar" id="affc-leaderboard-rows">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoRank}</td><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoScore}</td><td>${uiLabelMap.AffiliateContestsBoProgress}</td><td>${uiLabelMap.AffiliateContestsBoQualified}</td><td>${uiLabelMap.AffiliateContestsBoFraudFlags}</td></tr>
        <#list lb.top as row>
          <tr class="affc-row" data-name="${row.displayName!row.partyId}" data-score="${row.score?c}">
            <td>${row.rank}</td><td>${row.displayName!row.partyId}</td><td class="affc-score"><@bo.score value=row.score unit=scoreUnit!"COUNT" currency=scoreCurrency!""/></td>
            <td><#if row.progressPercent??><@bo.progress row.progressPercent/></#if></td>
            <td><#if row.qualified>${uiLabelMap.CommonYes}<#else>${uiLabelMap.CommonNo}</#if></td>
            <td><#if flaggedPartyIds?seq_contains(row.partyId)><span class="alert">${uiLabelMap.AffiliateContestsBoFlagged}</span></#if></td>
          </tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoStandingYet}</p>
    </#if>
  </div>
</div>

<#if fraudFlags?has_content>
<div class="screenlet" id="affc-flags">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoFraudFlags}</h3></div>
  <div class="screenlet-body">
    <table class="basic-table">
      <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoOrder}</td><td>${uiLabelMap.AffiliateContestsBoReason}</td><td>${uiLabelMap.CommonDate}</td><td>${uiLabelMap.CommonDescription}</td></tr>
      <#list fraudFlags as f>
        <tr><td>${f.partnerName!f.partyId}</td><td>${f.orderId}</td><td>${uiLabelMap["AffiliateContestsBoReason_" + f.reasonEnumId]}</td><td><@bo.dateTime f.flaggedDate/></td><td>${f.detail!}</td></tr>
      </#list>
    </table>
  </div>
</div>
</#if>

<#if lb.top?has_content>
<script type="application/javascript" src="<@ofbizContentUrl>/common/js/node_modules/flot/dist/es5/jquery.flot.js</@ofbizContentUrl>"></script>
<script type="application/javascript">
  jQuery(function () {
    var data = [], ticks = [];
    jQuery('#affc-leaderboard-rows tr.affc-row').slice(0, 10).each(function (i) {
      data.push([i, Number(jQuery(this).attr('data-score'))]);
      ticks.push([i, jQuery(this).attr('data-name')]);
    });
    jQuery.plot(jQuery('#affc-chart'), [{data: data, bars: {show: true, barWidth: 0.7, align: 'center'}}],
        {xaxis: {ticks: ticks}, grid: {hoverable: true}});
  });
</script>
</#if>
