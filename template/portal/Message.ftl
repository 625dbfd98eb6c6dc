<#--
  One of my messages with its links (through the click-tracking redirect), resources and thread,
  and the reply form when the broadcast takes replies (getMyAffMessageThread; the page's script
  marks it opened), with the option to dispute the result of one of my contests (ticked: the
  reply disputes the contest chosen, by default the message's own). The body, instructions and
  thread entries are HTML the messaging services sanitised; everything else is encoded.
  Context: message, thread, csrfName, csrfToken (empty: no CSRF defence configured), replyBody, replyErrors, disputeContests (contestId,
  contestName), disputeContestId (the contest selected, or empty), disputeChecked.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<p class="affp-back"><a href="<@ofbizUrl>Messages</@ofbizUrl>">&larr; ${uiLabelMap.AffPortalBackMessages}</a></p>
<article class="affp-section affp-message">
  <h1>${message.subject!}</h1>
  <p class="affp-stat-note">${message.sentText}</p>
  <div class="affp-message-body">${StringUtil.wrapString(message.body!)}</div>
  <#if message.instructions?has_content>
    <div class="affp-message-instructions">${StringUtil.wrapString(message.instructions)}</div>
  </#if>
  <#if message.links?has_content>
    <p class="affp-links">
      <#list message.links as link>
        <a class="<#if link.linkTypeEnumId == "AFFBL_CTA">affp-button<#else>affp-link</#if>" rel="noopener"
            href="<@ofbizUrl>MessageLink?communicationEventId=${message.communicationEventId}&amp;linkSeqId=${link.linkSeqId}</@ofbizUrl>">${link.label!link.url}</a>
      </#list>
    </p>
  </#if>
  <#if message.resources?has_content>
    <h2>${uiLabelMap.AffPortalResources}</h2>
    <ul>
      <#list message.resources as resource>
        <li><a href="<@ofbizUrl>MessageResource?communicationEventId=${message.communicationEventId}&amp;contentId=${resource.contentId}</@ofbizUrl>">${resource.contentName!resource.contentId}</a></li>
      </#list>
    </ul>
  </#if>
</article>

<#if thread?has_content>
  <section class="affp-section affp-thread">
    <h2>${uiLabelMap.AffPortalThread}</h2>
    <#list thread as entry>
      <div class="affp-thread-entry <#if entry.fromMe == "Y">affp-from-me<#else>affp-from-store</#if>">
        <p class="affp-stat-note"><#if entry.fromMe == "Y">${uiLabelMap.AffPortalYou}<#else>${uiLabelMap.AffPortalStore}</#if> - ${entry.entryText}</p>
        <div>${StringUtil.wrapString(entry.content!)}</div>
      </div>
    </#list>
  </section>
</#if>

<#if message.repliesAllowed! == "Y">
  <section class="affp-section affp-reply">
    <h2>${uiLabelMap.AffPortalReply}</h2>
    <#if replyErrors?has_content>
      <ul class="affp-errors" role="alert"><#list replyErrors as error><li>${error}</li></#list></ul>
    </#if>
    <form method="post" action="<@ofbizUrl>replyToMessage</@ofbizUrl>" class="affp-form">
      <input type="hidden" name="communicationEventId" value="${message.communicationEventId}">
      <input type="hidden" name="messageId" value="${message.communicationEventId}">
      <#-- OFBiz's CSRF token when that defence is on (csrf.defense.strategy); no field when it is off -->
      <#if csrfToken?has_content><input type="hidden" name="${csrfName}" value="${csrfToken}"></#if>
      <label for="affp-reply-body">${uiLabelMap.AffPortalYourReply}</label>
      <textarea id="affp-reply-body" name="body" rows="5" required>${replyBody}</textarea>
      <#if disputeContests?has_content>
        <fieldset class="affp-dispute">
          <label><input type="checkbox" name="dispute" value="Y"<#if disputeChecked> checked</#if>> ${uiLabelMap.AffPortalDisputeResult}</label>
          <select name="disputeContestId" aria-label="${uiLabelMap.AffPortalDisputeContest}">
            <#list disputeContests as contest>
              <option value="${contest.contestId}"<#if contest.contestId == disputeContestId> selected</#if>>${contest.contestName!contest.contestId}</option>
            </#list>
          </select>
          <p class="affp-stat-note">${uiLabelMap.AffPortalDisputeHelp}</p>
        </fieldset>
      </#if>
      <button type="submit" class="affp-button">${uiLabelMap.AffPortalSend}</button>
    </form>
  </section>
</#if>
