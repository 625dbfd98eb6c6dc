<#--
  A draft of the message to the winners, in the admin's language, from the contest and its winners:
  to copy, or to send with the messaging screens.
  Data: ContestScreens.groovy#contestPage and #winners.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<div class="screenlet" id="affc-winner-message">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoWinnerMessage}</h3></div>
  <div class="screenlet-body">
    <#if winnerRows?has_content>
      <p>${uiLabelMap.AffiliateContestsBoRecipients}: <#list winnerRows as w>${w.partnerName!w.partyId}<#sep>, </#list></p>
      <p><label>${uiLabelMap.AffiliateContestsBoSubject}<br/>
        <input type="text" size="80" id="affc-subject" value="${uiLabelMap.AffiliateContestsBoWinnerSubject} ${contest.contestName}"/></label></p>
      <p><label>${uiLabelMap.AffiliateContestsBoBody}<br/>
<textarea rows="12" cols="80" id="affc-body">${uiLabelMap.AffiliateContestsBoWinnerGreeting}

${uiLabelMap.AffiliateContestsBoWinnerBody} ${contest.contestName}.
<#list winnerRows as w>
${w.placeNumber}. ${w.partnerName!w.partyId}<#if w.prizeText??>: ${w.prizeText}</#if>
</#list>

${uiLabelMap.AffiliateContestsBoWinnerClosing}</textarea></label></p>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoWinnerYet}</p>
    </#if>
    <a class="buttontext" href="<@ofbizUrl>AffContestWinners?contestId=${contestId}</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoWinners}</a>
  </div>
</div>
