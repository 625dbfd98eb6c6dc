<#--
  Macros shared by the partner portal's templates: how a score, a progress bar, a countdown and a
  contest status are shown. Layout only; the values come from the partner services.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#-- a score in the contest's metric: revenue in the contest currency, a rate in percent, else a count -->
<#macro score value metricEnumId currencyUomId=""><#if metricEnumId == "AFFCM_REVENUE"><@ofbizCurrency amount=value isoCode=currencyUomId/><#elseif metricEnumId == "AFFCM_CONV_RATE">${(value * 100)?string("0.##")}&nbsp;%<#else>${value?string("0.##")}</#if></#macro>

<#macro progress percent>
  <div class="affp-progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${percent?c}">
    <div class="affp-progress-bar" style="width: ${percent?c}%"></div>
  </div>
  <p class="affp-progress-label"><#if percent gte 100>${uiLabelMap.AffPortalGoalReached}<#else>${uiLabelMap.AffPortalProgress}: ${percent?string("0.#")}&nbsp;%</#if></p>
</#macro>

<#-- the end of a contest: written in the partner's OFBiz time zone, re-written by portal.js in the browser's -->
<#macro countdown contest>
  <p class="affp-countdown" data-end="${contest.endMillis?c}">
    <#if contest.statusId == "AFFC_ACTIVE" || contest.statusId == "AFFC_SCHEDULED">
      <span class="affp-countdown-label">${uiLabelMap.AffPortalEndsIn}</span> <strong class="affp-remaining"></strong>
      <span class="affp-end">(<time class="affp-local-time" datetime="${contest.endMillis?c}">${contest.endText}</time>)</span>
    <#else>
      <span class="affp-countdown-label">${uiLabelMap.AffPortalEnded}</span>
      <time class="affp-local-time" datetime="${contest.endMillis?c}">${contest.endText}</time>
    </#if>
  </p>
</#macro>

<#macro status contest>
  <#if contest.statusId == "AFFC_FINALIZED"><span class="affp-badge affp-badge-final">${uiLabelMap.AffPortalFinal}</span>
  <#elseif contest.statusId == "AFFC_ENDED"><span class="affp-badge affp-badge-provisional">${uiLabelMap.AffPortalProvisional}</span>
  <#elseif contest.statusId == "AFFC_SCHEDULED"><span class="affp-badge affp-badge-upcoming">${uiLabelMap.AffPortalUpcoming}</span>
  <#else><span class="affp-badge affp-badge-live">${uiLabelMap.AffPortalLive}</span></#if>
</#macro>
