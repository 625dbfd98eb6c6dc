<#--
  Compose a broadcast: message, audience builder (every affiliate, or rows of criteria), schedule,
  with the live recipient count and list of the saved draft, a preview, then send or schedule.
  Data: MessagingScreens.groovy#broadcastCompose.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<@bo.messagingBar/>
<#assign b = broadcast!{}>
<div class="screenlet" id="affc-compose">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoCompose}<#if broadcastId??> [${broadcastId}] &middot; <@bo.broadcastStatus b.statusId/></#if></h3></div>
  <div class="screenlet-body">
  <#if editable>
    <@bo.postForm action="saveAffBroadcastDraft" name="composeBroadcast">
      <#if broadcastId??><input type="hidden" name="broadcastId" value="${broadcastId}"/></#if>
      <table class="basic-table">
        <tr><td class="label">${uiLabelMap.AffiliateContestsBoSubject} *</td>
          <td><input type="text" name="subject" size="80" maxlength="255" value="${parameters.subject!b.subject!}"/></td></tr>
        <tr><td class="label">${uiLabelMap.AffiliateContestsBoBody} *</td>
          <td><textarea name="body" rows="8" cols="80">${parameters.body!b.messageBody!}</textarea></td></tr>
        <tr><td class="label">${uiLabelMap.AffiliateContestsBoInstructions}</td>
          <td><textarea name="instructions" rows="3" cols="80">${parameters.instructions!b.instructionText!}</textarea></td></tr>
        <tr><td class="label">${uiLabelMap.AffiliateContestsBoCallToAction}</td>
          <td><input type="text" name="ctaLabel" size="25" placeholder="${uiLabelMap.AffiliateContestsBoLinkLabel}" value="${parameters.ctaLabel!ctaLabel!}"/>
            <input type="text" name="ctaUrl" size="50" placeholder="https://" value="${parameters.ctaUrl!ctaUrl!}"/></td></tr>
        <tr><td class="label">${uiLabelMap.AffiliateContestsContest}</td>
          <td><select name="contestId"><option value=""></option>
            <#list contests as c><option value="${c.id}"<#if (b.contestId!"") == c.id> selected="selected"</#if>>${c.name}</option></#list></select></td></tr>
        <tr><td class="label">${uiLabelMap.AffiliateContestsBoRepliesAllowed}</td>
          <td><select name="repliesAllowed"><option value="Y">${uiLabelMap.CommonYes}</option><option value="N"<#if (b.repliesAllowed!"Y") == "N"> selected="selected"</#if>>${uiLabelMap.CommonNo}</option></select></td></tr>
        <tr><td class="label">${uiLabelMap.AffiliateContestsBoEmailMode}</td>
          <td><select name="emailModeEnumId">
            <#list ["AFFBE_NONE", "AFFBE_IMMEDIATE", "AFFBE_DIGEST"] as m><option value="${m}"<#if (b.emailModeEnumId!"AFFBE_NONE") == m> selected="selected"</#if>>${uiLabelMap["AffiliateContestsBoEmailMode_" + m]}</option></#list>
          </select></td></tr>
        <tr><td class="label">${uiLabelMap.AffiliateContestsBoSendAt}</td>
          <td><input type="text" name="sendLocal" size="16" value="${parameters.sendLocal!sendLocal!}"/> <span class="tooltip">${uiLabelMap.AffiliateContestsBoSendAtTip}</span></td></tr>
        <tr><td class="label">${uiLabelMap.AffiliateContestsBoAudience}</td>
          <td>
            <select name="eligibleAll"><option value="Y"<#if (b.eligibleAll!"Y") == "Y"> selected="selected"</#if>>${uiLabelMap.AffiliateContestsBoEveryAffiliate}</option>
              <option value="N"<#if (b.eligibleAll!"Y") == "N"> selected="selected"</#if>>${uiLabelMap.AffiliateContestsBoByCriteria}</option></select>
            <select name="includeMatchEnumId"><option value="AFFCX_ANY">${uiLabelMap.AffiliateContestsBoMatchAny}</option>
              <option value="AFFCX_ALL"<#if (b.includeMatchEnumId!"") == "AFFCX_ALL"> selected="selected"</#if>>${uiLabelMap.AffiliateContestsBoMatchAll}</option></select>
            <table class="basic-table" id="affc-audience-rows">
              <tr class="header-row"><td>${uiLabelMap.AffiliateContestsBoRuleType}</td><td>${uiLabelMap.AffiliateContestsBoDimension}</td><td>${uiLabelMap.AffiliateContestsBoDimension_AFFCD_PARTY}</td><td>${uiLabelMap.AffiliateContestsBoThreshold}</td><td>${uiLabelMap.AffiliateContestsBoLastDays}</td></tr>
              <#list criterionRows as row>
                <#-- a partner criterion: the select says "partner", the lookup field holds its id -->
                <#assign rowParty = row.criterion?starts_with("AFFCD_PARTY|")?then(row.criterion?keep_after("|"), "")>
                <tr class="affc-audience-row">
                  <td><select name="criterionRule"><option value="AFFCE_INCLUDE">${uiLabelMap.AffiliateContestsBoInclude}</option>
                    <option value="AFFCE_EXCLUDE"<#if row.rule == "AFFCE_EXCLUDE"> selected="selected"</#if>>${uiLabelMap.AffiliateContestsBoExclude}</option></select></td>
                  <td><select name="criterion"><option value=""></option>
                    <#list audienceGroups as dimension>
                      <#if dimension.lookup!false>
                      <optgroup label="${uiLabelMap["AffiliateContestsBoDimension_" + dimension.dimensionEnumId]}">
                        <option value="${dimension.dimensionEnumId}|"<#if row.criterion?starts_with(dimension.dimensionEnumId + "|")> selected="selected"</#if>>${uiLabelMap.AffiliateContestsBoPartnerChosenBelow}</option>
                      </optgroup>
                      <#elseif dimension.groups?has_content>
                      <optgroup label="${uiLabelMap["AffiliateContestsBoDimension_" + dimension.dimensionEnumId]}">
                        <#list dimension.groups as g><#assign key = dimension.dimensionEnumId + "|" + g.id>
                          <option value="${key}"<#if row.criterion == key> selected="selected"</#if>>${g.name!g.id}</option></#list>
                      </optgroup>
                      </#if>
                    </#list>
                    <optgroup label="${uiLabelMap.AffiliateContestsBoActivity}">
                      <#list ["AFFCD_REVENUE|AFFCC_ABOVE", "AFFCD_REVENUE|AFFCC_BELOW", "AFFCD_CONVERSIONS|AFFCC_ABOVE", "AFFCD_CONVERSIONS|AFFCC_BELOW", "AFFCD_NO_SALE|"] as key>
                        <option value="${key}"<#if row.criterion == key> selected="selected"</#if>>${uiLabelMap["AffiliateContestsBoActivity_" + key?replace("|", "_")]}</option></#list>
                    </optgroup>
                  </select></td>
                  <td><@bo.partnerLookup name="criterionParty" value=rowParty/></td>
                  <td><input type="text" name="criterionValue" size="8" value="${row.value!}"/></td>
                  <td><input type="text" name="criterionDays" size="4" value="${row.days!}"/></td>
                </tr>
              </#list>
            </table>
            <@bo.partnerLookupList/>
            <#-- the live count: CountAffComposeAudience (POST, JSON) resolves the rows as they are now, as the send will -->
            <div id="affc-live-audience" class="affc-live-audience" aria-live="polite"
                data-url="<@ofbizUrl>CountAffComposeAudience</@ofbizUrl>" data-more="${uiLabelMap.AffiliateContestsBoLiveMore}"
                data-counting="${uiLabelMap.AffiliateContestsBoLiveCounting}">
              <strong>${uiLabelMap.AffiliateContestsBoLiveRecipients}:</strong>
              <span class="affc-live-count"><#if audience?? && audience.count??>${audience.count}<#else>&hellip;</#if></span>
              <span class="affc-live-first"></span>
              <span class="affc-live-error errorText"></span>
            </div>
          </td></tr>
      </table>
      <input type="submit" class="smallSubmit" name="saveDraft" value="${uiLabelMap.AffiliateContestsBoSaveDraftAndCount}"/>
    </@bo.postForm>
    <@bo.partnerLookupScript/>
    <@bo.liveAudienceScript/>
  <#else>
    <p>${uiLabelMap.AffiliateContestsBoBroadcastNotEditable}</p>
  </#if>
  </div>
</div>

<#if broadcastId??>
<div class="screenlet" id="affc-audience">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoRecipientList}</h3></div>
  <div class="screenlet-body">
    <#if audience.error??>
      <p class="errorMessage">${audience.error}</p>
    <#else>
      <h2>${uiLabelMap.AffiliateContestsBoRecipientCount}: <span class="affc-count">${audience.count}</span></h2>
      <ul><#list audience.recipients as r><li>${r.alias!r.name!r.partyId}<#if r.name?? && r.alias??> (${r.name})</#if> &mdash; ${r.reason!}</li></#list></ul>
    </#if>
  </div>
</div>

<div class="screenlet" id="affc-preview">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoPreview}</h3></div>
  <div class="screenlet-body">
    <h3>${b.subject!}</h3>
    <#-- the body is HTML the messaging services sanitised on save (scripts, handlers, frames removed) -->
    <div class="affc-message-body">${StringUtil.wrapString(b.messageBody!)}</div>
    <#if b.instructionText?has_content><div class="affc-message-instructions">${StringUtil.wrapString(b.instructionText)}</div></#if>
    <#if ctaUrl??><p><a class="buttontext" href="${ctaUrl}" target="_blank" rel="noopener">${ctaLabel!ctaUrl}</a></p></#if>
  </div>
</div>

<#if editable && !audience.error??>
<div class="screenlet" id="affc-send">
  <div class="screenlet-body">
    <@bo.postForm action="sendAffBroadcast" name="sendBroadcast" class="affc-inline">
      <input type="hidden" name="broadcastId" value="${broadcastId}"/>
      <input type="submit" class="smallSubmit" value="<#if b.sendDate??>${uiLabelMap.AffiliateContestsBoSchedule}<#else>${uiLabelMap.AffiliateContestsBoSendNow}</#if>"/>
    </@bo.postForm>
    <@bo.postForm action="cancelAffBroadcast" name="cancelBroadcast" class="affc-inline">
      <input type="hidden" name="broadcastId" value="${broadcastId}"/>
      <input type="submit" class="smallSubmit" value="${uiLabelMap.AffiliateContestsBoCancelBroadcast}"/>
    </@bo.postForm>
  </div>
</div>
</#if>
</#if>
