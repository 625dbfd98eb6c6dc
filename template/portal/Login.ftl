<#--
  The portal's sign-in page, shown by OFBiz's checkLogin to anyone not signed in. It posts to
  OFBiz's login request. Context: loginErrors, previousUsername.
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<section class="affp-login">
  <h1>${uiLabelMap.AffPortalLoginTitle}</h1>
  <p class="affp-notice-text">${uiLabelMap.AffPortalNotSignedIn} ${uiLabelMap.AffPortalLoginIntro}</p>
  <#if loginErrors?has_content>
    <ul class="affp-errors" role="alert"><#list loginErrors as message><li>${message}</li></#list></ul>
  </#if>
  <form method="post" action="<@ofbizUrl>login</@ofbizUrl>" class="affp-form">
    <label for="affp-username">${uiLabelMap.AffPortalUsername}</label>
    <input type="text" id="affp-username" name="USERNAME" value="${previousUsername}" autocomplete="username" required autofocus>
    <label for="affp-password">${uiLabelMap.AffPortalPassword}</label>
    <input type="password" id="affp-password" name="PASSWORD" autocomplete="current-password" required>
    <button type="submit" class="affp-button">${uiLabelMap.AffPortalLogin}</button>
  </form>
</section>
