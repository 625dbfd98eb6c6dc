<#--
  What a signed-in party sees when the partner services refuse it: not an affiliate, or a contest
  it does not compete in. No data. Context: portalDenied ('role' or 'contest').
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<section class="affp-notice" role="alert">
  <#if portalDenied == "role">
    <h1>${uiLabelMap.AffPortalNotAPartnerTitle}</h1>
    <p>${uiLabelMap.AffPortalNotAPartnerText}</p>
    <p><a class="affp-button" href="<@ofbizUrl>logout</@ofbizUrl>">${uiLabelMap.AffPortalLogout}</a></p>
  <#else>
    <h1>${uiLabelMap.AffPortalContestNotFoundTitle}</h1>
    <p>${uiLabelMap.AffPortalContestNotFoundText}</p>
    <p><a class="affp-button" href="<@ofbizUrl>main</@ofbizUrl>">${uiLabelMap.AffPortalBackHome}</a></p>
  </#if>
</section>
