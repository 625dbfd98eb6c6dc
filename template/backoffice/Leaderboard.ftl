<#--
  Leaderboard: ranks, scores, progress to the goal and "qualified" where the contest uses them
  (engine BoardColumns: showProgress, showQualified), fraud flags where there are some, provisional or
  final, a horizontal flot bar chart of the top partners with every bar named (flot is bundled with
  OFBiz's common theme), CSV exports.
  Data: getAffContestLeaderboard (board), ContestScreens.groovy#fraudFlags (the flags themselves: FraudFlags.ftl).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<#assign lb = board.leaderboard!{}>
<#assign withProgress = showProgress!true>
<#assign withQualified = showQualified!true>
<#assign withFlags = flaggedPartyIds?has_content>
<#assign charted = (lb.top![])?size><#if charted &gt; 10><#assign charted = 10></#if>
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
      <div id="affc-chart" style="max-width:720px;height:${(charted * 28 + 40)?c}px;"></div>
      <table class="basic-table hover-bar" id="affc-leaderboard-rows">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoRank}</td><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoScore}</td><#if withProgress><td>${uiLabelMap.AffiliateContestsBoProgress}</td></#if><#if withQualified><td>${uiLabelMap.AffiliateContestsBoQualified}</td></#if><#if withFlags><td>${uiLabelMap.AffiliateContestsBoFraudFlags}</td></#if></tr>
        <#list lb.top as row>
          <tr class="affc-row" data-name="${row.displayName!row.partyId}" data-score="${row.score?c}">
            <td>${row.rank}</td><td>${row.displayName!row.partyId}</td><td class="affc-score"><@bo.score value=row.score unit=scoreUnit!"COUNT" currency=scoreCurrency!""/></td>
            <#if withProgress><td><#if row.progressPercent??><@bo.progress row.progressPercent/></#if></td></#if>
            <#if withQualified><td><#if row.qualified>${uiLabelMap.CommonYes}<#else>${uiLabelMap.CommonNo}</#if></td></#if>
            <#if withFlags><td><#if flaggedPartyIds?seq_contains(row.partyId)><span class="alert">${uiLabelMap.AffiliateContestsBoFlagged}</span></#if></td></#if>
          </tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoStandingYet}</p>
    </#if>
  </div>
</div>


<#if lb.top?has_content>
<script type="application/javascript" src="<@ofbizContentUrl>/common/js/node_modules/flot/dist/es5/jquery.flot.js</@ofbizContentUrl>"></script>
<script type="application/javascript">
  function affcPlotBoard() {
    // horizontal bars, the leader on top, every bar named on the y axis
    var rows = jQuery('#affc-leaderboard-rows tr.affc-row').slice(0, 10), data = [], ticks = [];
    rows.each(function (i) {
      var y = rows.length - 1 - i;
      data.push([Number(jQuery(this).attr('data-score')), y]);
      ticks.push([y, jQuery(this).attr('data-name')]);
    });
    jQuery.plot(jQuery('#affc-chart'), [{data: data, bars: {show: true, horizontal: true, barWidth: 0.7, align: 'center'}}],
        {yaxis: {ticks: ticks, min: -0.5, max: rows.length - 0.5}, xaxis: {min: 0}, grid: {hoverable: true}});
  }
  jQuery(affcPlotBoard);
  // the live board (LiveBoard.ftl) swapped the leaderboard in: draw its chart again
  document.addEventListener('affc:board-updated', affcPlotBoard);
</script>
</#if>
