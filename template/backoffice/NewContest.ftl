<#--
  New contest, step 0: start from a template (one click gives a complete draft to review and
  launch) or from scratch (the form below). Data: getAffContestTemplates (templates).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<div class="screenlet" id="affc-templates">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoFromTemplate}</h3></div>
  <div class="screenlet-body">
    <p>${uiLabelMap.AffiliateContestsBoFromTemplateIntro}</p>
    <table class="basic-table">
      <#list templates as t>
        <#assign suffix = t.templateId?lower_case?split("_")?map(w -> w?cap_first)?join("")>
        <tr class="affc-template" id="affc-template-${t.templateId}">
          <td style="width:40%">
            <h4>${uiLabelMap["AffiliateContestsBoTemplate" + suffix]}</h4>
            <p>${uiLabelMap["AffiliateContestsBoTemplate" + suffix + "Text"]}</p>
            <p><@bo.metric t.metricEnumId/> &middot; <@bo.kind t.kindEnumId/><#if t.targetValue??> &middot; ${uiLabelMap.AffiliateContestsBoTarget}: ${t.targetValue}</#if></p>
            <p class="affc-period">${uiLabelMap["AffiliateContestsBoPeriod" + t.nextPeriod?then("Next_", "This_") + t.recurrence]}:
              ${t.startLocal} &rarr; ${t.endLocal} ${t.timeZoneId}</p>
            <p><#list t.prizes as p>${p.fromPlace}<#if p.thruPlace??><#if p.thruPlace != p.fromPlace>-${p.thruPlace}</#if><#else>+</#if>: <@ofbizCurrency amount=p.amount isoCode=t.currencyUomId/><#sep>, </#list></p>
          </td>
          <td>
            <@bo.postForm action="createAffContestFromTemplate" name="template_${t.templateId}">
              <input type="hidden" name="templateId" value="${t.templateId}"/>
              <label>${uiLabelMap.CommonName} <input type="text" name="contestName" size="30" maxlength="100" placeholder="${uiLabelMap["AffiliateContestsBoTemplate" + suffix]}"/></label>
              <input type="submit" class="smallSubmit" name="useTemplate" value="${uiLabelMap.AffiliateContestsBoUseTemplate}"/>
            </@bo.postForm>
          </td>
        </tr>
      </#list>
    </table>
  </div>
</div>
