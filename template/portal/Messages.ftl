<#--
  My messages, newest first, unread ones marked (getMyAffMessages).
  Context: messages, unreadCount, messageCount, viewIndex, lastIndex.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<h1>${uiLabelMap.AffPortalNavMessages}</h1>
<p class="affp-stat-note">${uiLabelMap.AffPortalUnread}: <strong>${unreadCount}</strong> / ${messageCount}</p>
<#if messages?has_content>
  <ul class="affp-list affp-inbox">
    <#list messages as message>
      <li class="<#if !message.openedDate??>affp-unread</#if>">
        <a href="<@ofbizUrl>Message?communicationEventId=${message.communicationEventId}</@ofbizUrl>">
          <#if !message.openedDate??><span class="affp-badge affp-badge-new">${uiLabelMap.AffPortalNew}</span> </#if>${message.subject!}
        </a>
        <span class="affp-stat-note">${message.sentText}<#if message.repliedDate??> - ${uiLabelMap.AffPortalReplied}</#if></span>
      </li>
    </#list>
  </ul>
  <#if lastIndex gt 0>
    <nav class="affp-pager">
      <#if viewIndex gt 0><a href="<@ofbizUrl>Messages?viewIndex=${viewIndex - 1}</@ofbizUrl>">&larr; ${uiLabelMap.AffPortalNewer}</a></#if>
      <#if viewIndex lt lastIndex><a href="<@ofbizUrl>Messages?viewIndex=${viewIndex + 1}</@ofbizUrl>">${uiLabelMap.AffPortalOlder} &rarr;</a></#if>
    </nav>
  </#if>
<#else>
  <p class="affp-empty">${uiLabelMap.AffPortalNoMessages}</p>
</#if>
