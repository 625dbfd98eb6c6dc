<#--
  A sent broadcast: sent / opened / replied / clicked with rates, clicks per link, and its recipients
  with their status (filter by engagement). Data: getAffBroadcastStats (stats), listAffBroadcastRecipients (recipientList).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<@bo.messagingBar/>
<#if !broadcast??>
<p class="errorMessage">${uiLabelMap.AffiliateContestsBoBroadcastNotFound}</p>
<#else>
<#if canResume!false>
<div class="screenlet" id="affc-broadcast-resume">
  <div class="screenlet-body">
    <p class="alert">${uiLabelMap.AffiliateContestsBoSendStopped}</p>
    <@bo.postForm action="sendAffBroadcast" name="resumeBroadcast" class="affc-inline">
      <input type="hidden" name="broadcastId" value="${broadcast.broadcastId}"/>
      <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsBoResumeSend}"/>
    </@bo.postForm>
  </div>
</div>
</#if>
<div class="screenlet" id="affc-broadcast-stats">
  <div class="screenlet-title-bar"><h3>${broadcast.subject!broadcast.broadcastId} &middot; <@bo.broadcastStatus broadcast.statusId/></h3></div>
  <div class="screenlet-body">
    <#if (stats.responseMessage!"") == "error">
      <p class="errorMessage">${stats.errorMessage!}</p>
    <#else>
      <#assign s = stats.stats>
      <table class="basic-table">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoSent}</td><td>${uiLabelMap.AffiliateContestsBoOpened}</td><td>${uiLabelMap.AffiliateContestsBoReplied}</td><td>${uiLabelMap.AffiliateContestsBoClicked}</td><td>${uiLabelMap.AffiliateContestsBoClicks}</td></tr>
        <tr><td>${s.sent}</td><td>${s.opened} (${s.openRate!0}%)</td><td>${s.replied} (${s.replyRate!0}%)</td><td>${s.clicked} (${s.clickRate!0}%)</td><td>${s.clicks!0}</td></tr>
      </table>
      <#if stats.links?has_content>
        <h4>${uiLabelMap.AffiliateContestsBoLinks}</h4>
        <ul><#list stats.links as l><li>${l.label!l.url}: ${l.clicks!0} ${uiLabelMap.AffiliateContestsBoClicks?lower_case}, ${l.clickers!0} ${uiLabelMap.AffiliateContestsBoPartners}</li></#list></ul>
      </#if>
    </#if>
  </div>
</div>
<div class="screenlet" id="affc-broadcast-recipients">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoRecipientList} (${recipientList.recipientCount!0})</h3></div>
  <div class="screenlet-body">
    <p><a href="<@ofbizUrl>AffBroadcastDetail?broadcastId=${broadcast.broadcastId}</@ofbizUrl>">${uiLabelMap.CommonAll}</a>
      <#list ["SENT", "OPENED", "CLICKED", "REPLIED"] as e> &middot; <a href="<@ofbizUrl>AffBroadcastDetail?broadcastId=${broadcast.broadcastId}&amp;engagement=${e}</@ofbizUrl>">${uiLabelMap["AffiliateContestsBoEngagement_" + e]}</a></#list></p>
    <#if recipientList.recipients?has_content>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoPartner}</td><td>${uiLabelMap.CommonStatus}</td><td>${uiLabelMap.AffiliateContestsBoSent}</td><td>${uiLabelMap.AffiliateContestsBoOpened}</td><td>${uiLabelMap.AffiliateContestsBoReplied}</td><td>${uiLabelMap.AffiliateContestsBoClicks}</td></tr>
        <#list recipientList.recipients as r>
          <tr><td>${r.alias!r.name!r.partyId}</td><td>${uiLabelMap["AffiliateContestsBoEngagement_" + r.status]}</td>
            <td><@bo.dateTime r.sentDate!/></td><td><@bo.dateTime r.openedDate!/></td><td><@bo.dateTime r.repliedDate!/></td><td>${r.clickCount!0}</td></tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoRecipient}</p>
    </#if>
  </div>
</div>
</#if>
