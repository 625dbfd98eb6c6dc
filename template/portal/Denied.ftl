<#--
  What a signed-in party sees when the partner services refuse it: not an affiliate, a contest it does
  not compete in, or a message that is not its own. No data. Context: portalDenied ('role', 'contest' or 'message').
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<section class="affp-notice" role="alert">
  <#if portalDenied == "role">
    <h1>${uiLabelMap.AffPortalNotAPartnerTitle}</h1>
    <p>${uiLabelMap.AffPortalNotAPartnerText}</p>
    <p><a class="affp-button" href="<@ofbizUrl>logout</@ofbizUrl>">${uiLabelMap.AffPortalLogout}</a></p>
  <#elseif portalDenied == "message">
    <h1>${uiLabelMap.AffPortalMessageNotFoundTitle}</h1>
    <p>${uiLabelMap.AffPortalMessageNotFoundText}</p>
    <p><a class="affp-button" href="<@ofbizUrl>Messages</@ofbizUrl>">${uiLabelMap.AffPortalBackMessages}</a></p>
  <#else>
    <h1>${uiLabelMap.AffPortalContestNotFoundTitle}</h1>
    <p>${uiLabelMap.AffPortalContestNotFoundText}</p>
    <p><a class="affp-button" href="<@ofbizUrl>main</@ofbizUrl>">${uiLabelMap.AffPortalBackHome}</a></p>
  </#if>
</section>
