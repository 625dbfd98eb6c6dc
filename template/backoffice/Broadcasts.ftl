<#--
  Broadcasts, newest first, with their engagement: sent, opened, replied, clicked (counts and rates).
  Data: listAffBroadcasts (broadcastList).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<@bo.messagingBar/>
<div class="screenlet" id="affc-broadcasts">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoBroadcasts}</h3></div>
  <div class="screenlet-body">
    <p>
      <a href="<@ofbizUrl>AffBroadcasts</@ofbizUrl>">${uiLabelMap.CommonAll}</a>
      <#list ["AFFB_DRAFT", "AFFB_SCHEDULED", "AFFB_SENDING", "AFFB_SENT", "AFFB_CANCELLED"] as s> &middot; <a href="<@ofbizUrl>AffBroadcasts?statusId=${s}</@ofbizUrl>"><@bo.broadcastStatus s/></a></#list>
    </p>
    <#if (broadcastList.responseMessage!"") == "error">
      <p class="errorMessage">${broadcastList.errorMessage!}</p>
    <#elseif broadcastList.broadcasts?has_content>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoSubject}</td><td>${uiLabelMap.CommonStatus}</td><td>${uiLabelMap.CommonDate}</td>
          <td>${uiLabelMap.AffiliateContestsBoSent}</td><td>${uiLabelMap.AffiliateContestsBoOpened}</td><td>${uiLabelMap.AffiliateContestsBoReplied}</td><td>${uiLabelMap.AffiliateContestsBoClicked}</td></tr>
        <#list broadcastList.broadcasts as b>
          <#assign st = b.stats!{}>
          <tr class="affc-broadcast">
            <td><a href="<@ofbizUrl><#if b.statusId == "AFFB_DRAFT" || b.statusId == "AFFB_SCHEDULED">AffBroadcastCompose<#else>AffBroadcastDetail</#if>?broadcastId=${b.broadcastId}</@ofbizUrl>">${b.subject!b.broadcastId}</a></td>
            <td><@bo.broadcastStatus b.statusId/></td>
            <td><#if b.sentDate??><@bo.dateTime b.sentDate/><#elseif b.sendDate??><@bo.dateTime b.sendDate/></#if></td>
            <td>${st.sent!0}</td>
            <td>${st.opened!0}<#if st.openRate??> (${st.openRate}%)</#if></td>
            <td>${st.replied!0}<#if st.replyRate??> (${st.replyRate}%)</#if></td>
            <td>${st.clicked!0}<#if st.clickRate??> (${st.clickRate}%)</#if></td>
          </tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoBroadcast}</p>
    </#if>
  </div>
</div>
