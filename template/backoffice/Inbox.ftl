<#--
  The reply inbox: partners' replies with their thread (the answers), disputes flagged with the
  contest disputed (a link to its leaderboard), and a form to answer each. Data: getAffBroadcastInbox (inbox).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<@bo.messagingBar/>
<div class="screenlet" id="affc-inbox">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoReplyInbox}</h3></div>
  <div class="screenlet-body">
    <p><a href="<@ofbizUrl>AffBroadcastInbox?unansweredOnly=Y</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoUnanswered}</a>
      &middot; <a href="<@ofbizUrl>AffBroadcastInbox</@ofbizUrl>">${uiLabelMap.CommonAll}</a></p>
    <#if (inbox.responseMessage!"") == "error">
      <p class="errorMessage">${inbox.errorMessage!}</p>
    <#elseif inbox.replies?has_content>
      <#list inbox.replies as r>
        <div class="affc-thread" id="thread-${r.communicationEventId}">
          <h4>${r.alias!r.name!r.partyId} &middot; ${r.subject!} &middot; <@bo.dateTime r.replyDate!/>
            <#if (r.dispute!"N") == "Y">
              <span class="alert">${uiLabelMap.AffiliateContestsBoDisputeOf} <a href="<@ofbizUrl>AffContestLeaderboard?contestId=${r.contestId}</@ofbizUrl>">${r.contestName!r.contestId}</a></span>
            </#if></h4>
          <blockquote class="affc-reply">${r.content!}</blockquote>
          <#list r.answers![] as a>
            <blockquote class="affc-answer">&rarr; <@bo.dateTime a.entryDate!/>: ${StringUtil.wrapString(a.content!)}</blockquote>
          </#list>
          <@bo.postForm action="answerAffBroadcastReply" name="answer_${r.communicationEventId}">
            <input type="hidden" name="communicationEventId" value="${r.communicationEventId}"/>
            <textarea name="body" rows="3" cols="80"></textarea>
            <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsBoAnswer}"/>
          </@bo.postForm>
        </div>
      </#list>
    <#else>
      <p>${uiLabelMap.AffiliateContestsBoNoReply}</p>
    </#if>
  </div>
</div>
