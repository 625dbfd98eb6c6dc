<#--
  Webhooks: the endpoints with their counts, the form to register one, the deliveries with their
  attempts, next attempt and the receiver's last answer, and the resend button. The signature and
  the retry schedule are explained in docs/webhooks.md.
  Data: listAffWebhookEndpoints (endpointList), listAffWebhookDeliveries (deliveryList).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<#assign events = ["contest.launched", "contest.ended", "contest.finalized", "winner.approved", "reward.issued", "leaderboard.first_place", "message.reply_received"]>
<div class="screenlet" id="affc-webhooks">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsWebhooks}</h3></div>
  <div class="screenlet-body">
    <p>${uiLabelMap.AffiliateContestsWebhooksIntro}</p>
    <#if (endpointList.responseMessage!"") == "error">
      <p class="errorMessage">${endpointList.errorMessage!}</p>
    <#elseif endpointList.endpoints?has_content>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsWebhookUrl}</td><td>${uiLabelMap.AffiliateContestsWebhookEvents}</td>
          <td>${uiLabelMap.AffiliateContestsWebhookPending}</td><td>${uiLabelMap.AffiliateContestsWebhookDelivered}</td>
          <td>${uiLabelMap.AffiliateContestsWebhookFailed}</td><td></td></tr>
        <#list endpointList.endpoints as e>
          <tr class="affc-webhook-endpoint">
            <td><a href="<@ofbizUrl>AffWebhooks?endpointId=${e.endpointId}</@ofbizUrl>">${e.targetUrl}</a><#if e.description?has_content><br/>${e.description}</#if>
              <#if e.allowInternal == "Y"><br/><em>${uiLabelMap.AffiliateContestsWebhookAllowInternal}</em></#if></td>
            <td>${e.eventTypes?join(", ")}<#if e.contestId?has_content> (${e.contestId})</#if></td>
            <td>${e.pending}</td><td>${e.delivered}</td><td>${e.failed}</td>
            <td>
              <@bo.postForm action="updateAffWebhookEndpoint" class="affc-inline">
                <input type="hidden" name="endpointId" value="${e.endpointId}"/>
                <input type="hidden" name="enabled" value="<#if e.enabled == "Y">N<#else>Y</#if>"/>
                <input type="submit" class="smallSubmit" value="<#if e.enabled == "Y">${uiLabelMap.AffiliateContestsWebhookDisable}<#else>${uiLabelMap.AffiliateContestsWebhookEnable}</#if>"/>
              </@bo.postForm>
            </td>
          </tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsWebhookNone}</p>
    </#if>
  </div>
</div>
<div class="screenlet" id="affc-webhook-new">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsWebhookRegister}</h3></div>
  <div class="screenlet-body">
    <@bo.postForm action="createAffWebhookEndpoint">
      <p><label>${uiLabelMap.AffiliateContestsWebhookUrl} <input type="url" name="targetUrl" size="60" maxlength="255" placeholder="https://" value="${parameters.targetUrl!}"/></label></p>
      <p><label>${uiLabelMap.AffiliateContestsWebhookSecret} <input type="password" name="signingSecret" size="40" maxlength="255" autocomplete="new-password"/></label></p>
      <#-- the empty value makes the events a list even when one box is ticked -->
      <input type="hidden" name="eventTypes" value=""/>
      <p>${uiLabelMap.AffiliateContestsWebhookEvents}:
        <#list events as ev><label class="affc-inline"><input type="checkbox" name="eventTypes" value="${ev}"/> ${uiLabelMap["AffiliateContestsWebhookEvent_" + ev?replace(".", "_")]}</label> </#list></p>
      <p><label>${uiLabelMap.AffiliateContestsWebhookContest} <input type="text" name="contestId" size="20" maxlength="20"/></label></p>
      <p><label><input type="checkbox" name="allowInternal" value="Y"/> ${uiLabelMap.AffiliateContestsWebhookAllowInternal}</label></p>
      <p><label>${uiLabelMap.CommonDescription} <input type="text" name="description" size="60" maxlength="255"/></label></p>
      <p><input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsWebhookRegister}"/></p>
    </@bo.postForm>
  </div>
</div>
<div class="screenlet" id="affc-webhook-deliveries">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsWebhookDeliveries}</h3></div>
  <div class="screenlet-body">
    <p>
      <a href="<@ofbizUrl>AffWebhooks</@ofbizUrl>">${uiLabelMap.CommonAll}</a>
      <#list ["PENDING", "DELIVERED", "FAILED"] as s> &middot; <a href="<@ofbizUrl>AffWebhooks?deliveryStatus=${s}</@ofbizUrl>">${uiLabelMap["AffiliateContestsWebhookStatus_" + s]}</a></#list>
    </p>
    <#if (deliveryList.responseMessage!"") == "error">
      <p class="errorMessage">${deliveryList.errorMessage!}</p>
    <#elseif deliveryList.deliveries?has_content>
      <table class="basic-table hover-bar">
        <tr class="header-row"><td>${uiLabelMap.AffiliateContestsWebhookEvent}</td><td>${uiLabelMap.CommonStatus}</td>
          <td>${uiLabelMap.AffiliateContestsWebhookAttempts}</td><td>${uiLabelMap.AffiliateContestsWebhookNextAttempt}</td>
          <td>${uiLabelMap.AffiliateContestsWebhookLastAnswer}</td><td></td></tr>
        <#list deliveryList.deliveries as d>
          <tr class="affc-webhook-delivery">
            <td>${d.eventKey}<br/><small>${d.endpointId} &middot; <@bo.dateTime d.queuedDate/></small></td>
            <td>${uiLabelMap["AffiliateContestsWebhookStatus_" + d.deliveryStatus]}</td>
            <td>${d.attempts!0}<#if d.lastAttemptDate??> (<@bo.dateTime d.lastAttemptDate/>)</#if></td>
            <td><#if d.nextAttemptDate??><@bo.dateTime d.nextAttemptDate/></#if></td>
            <td><#if d.lastResponseCode??>HTTP ${d.lastResponseCode} </#if>${d.lastError!}<#if d.lastResponse?has_content><pre class="affc-webhook-answer">${d.lastResponse}</pre></#if></td>
            <td><#if d.deliveryStatus != "PENDING">
              <@bo.postForm action="resendAffWebhookDelivery" class="affc-inline">
                <input type="hidden" name="deliveryId" value="${d.deliveryId}"/>
                <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsWebhookResend}"/>
              </@bo.postForm>
            </#if></td>
          </tr>
        </#list>
      </table>
    <#else>
      <p>${uiLabelMap.AffiliateContestsWebhookNoDelivery}</p>
    </#if>
  </div>
</div>
