<#--
  Publication of a contest's leaderboard on the store's public pages, and the snippets the admin
  copies: an iframe for any page, or the screen to include in ecommerce's decorator.
  Data: getAffContestPublication (publication), embedUrl.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#import "includes/BackOffice.ftl" as bo>
<div class="screenlet" id="affc-public-board">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsStorefrontBoard}</h3></div>
  <div class="screenlet-body">
    <#if (publication.responseMessage!"") == "error">
      <p class="errorMessage">${publication.errorMessage!}</p>
    <#else>
      <p>${uiLabelMap.AffiliateContestsStorefrontIntro}</p>
      <p><strong><#if publication.published == "Y">${uiLabelMap.AffiliateContestsStorefrontPublished}<#else>${uiLabelMap.AffiliateContestsStorefrontNotPublished}</#if></strong></p>
      <@bo.postForm action="publishAffContestBoard" class="affc-inline">
        <input type="hidden" name="contestId" value="${parameters.contestId!}"/>
        <input type="hidden" name="published" value="<#if publication.published == "Y">N<#else>Y</#if>"/>
        <input type="submit" class="smallSubmit" value="<#if publication.published == "Y">${uiLabelMap.AffiliateContestsStorefrontWithdraw}<#else>${uiLabelMap.AffiliateContestsStorefrontPublish}</#if>"/>
      </@bo.postForm>
      <p>${uiLabelMap.AffiliateContestsStorefrontSnippetIframe}</p>
      <textarea class="affc-snippet" rows="3" cols="90" readonly="readonly">&lt;iframe src="${embedUrl}" title="${publication.contestName!}" width="100%" height="480" style="border:0"&gt;&lt;/iframe&gt;</textarea>
      <p>${uiLabelMap.AffiliateContestsStorefrontSnippetScreen}</p>
      <textarea class="affc-snippet" rows="3" cols="90" readonly="readonly">&lt;set field="contestId" value="${parameters.contestId!}"/&gt;
&lt;include-screen name="AffPublicLeaderboard" location="component://affiliatecontests/widget/StorefrontScreens.xml"/&gt;</textarea>
    </#if>
  </div>
</div>
