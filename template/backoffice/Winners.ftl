<#--
  Winners of a finalized contest: review, approve, note the reward coordination (updateAffContestWinner),
  export as CSV, draft the message to the winners. Data: ContestScreens.groovy#winners (winnerRows).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<div class="screenlet" id="affc-winners">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoWinners}</h3></div>
  <div class="screenlet-body">
    <#if winnerRows?has_content>
      <div class="button-bar">
        <a class="buttontext" href="<@ofbizUrl>exportAffContestWinnersCsv?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoExportWinnersCsv}</a>
        <a class="buttontext" href="<@ofbizUrl>AffContestWinnerMessage?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoDraftMessage}</a>
      </div>
      <#if winnersBroadcastId??>
        <p>${uiLabelMap.AffiliateContestsBoWinnersBroadcastReady}
          <a class="buttontext" href="<@ofbizUrl>AffBroadcastCompose?broadcastId=${winnersBroadcastId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoOpenBroadcast}</a></p>
      <#else>
        <@bo.postForm action="draftAffContestWinnersBroadcast" name="draftWinnersBroadcast" class="affc-inline">
          <input type="hidden" name="contestId" value="${contestId}"/>
          <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsBoDraftWinnersBroadcast}"/>
        </@bo.postForm>
      </#if>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoPlace}</td><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.AffiliateContestsBoScore}</td><td>${uiLabelMap.AffiliateContestsBoPrize}</td><td>${uiLabelMap.AffiliateContestsBoReward}</td><td>${uiLabelMap.AffiliateContestsBoRewardNote}</td></tr>
        <#list winnerRows as w>
          <tr class="affc-winner">
            <td>${w.placeNumber}</td><td>${w.partnerName!w.partyId}</td><td><@bo.score value=w.score!"" unit=scoreUnit!"COUNT" currency=scoreCurrency!""/></td>
            <td><@bo.prize text=w.prizeText!"" amount=w.prizeAmount!"" currency=w.currencyUomId!""/></td>
            <td>${uiLabelMap["AffiliateContestsBoReward_" + w.rewardStatusId]}
              <#if w.approvedByUserLogin??><br/><span class="tooltip">${uiLabelMap.AffiliateContestsBoApprovedBy} ${w.approvedByUserLogin} <@bo.dateTime w.approvedDate/></span></#if></td>
            <td>
              <@bo.postForm action="updateAffContestWinner" name="winner_${w.partyId}">
                <input type="hidden" name="contestId" value="${contestId}"/>
                <input type="hidden" name="partyId" value="${w.partyId}"/>
                <textarea name="rewardNote" rows="2" cols="40">${w.rewardNote!}</textarea>
                <select name="rewardStatusId">
                  <option value="${w.rewardStatusId}">${uiLabelMap["AffiliateContestsBoReward_" + w.rewardStatusId]}</option>
                  <#list w.nextStatusIds as next><option value="${next}">&rarr; ${uiLabelMap["AffiliateContestsBoReward_" + next]}</option></#list>
                </select>
                <input type="submit" class="smallSubmit" value="${uiLabelMap.CommonSave}"/>
              </@bo.postForm>
            </td>
          </tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoWinnerYet}</p>
      <#if canFinalize><@bo.contestButton action="finalizeAffContest" contestId=contestId label=uiLabelMap.AffiliateContestsBoFinalize extraName="early" extraValue="Y"/></#if>
    </#if>
  </div>
</div>
