<#--
  Top of every portal page: a storefront-like header with the partner's navigation and language
  switch. Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<!DOCTYPE html>
<html lang="${locale.language}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <#if ajaxCsrfToken?has_content><meta name="csrf-token" content="${ajaxCsrfToken}"></#if>
  <title>${uiLabelMap[titleProperty!"AffPortalTitle"]} - ${uiLabelMap.AffPortalTitle}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="<@ofbizContentUrl>/partners/css/portal.css</@ofbizContentUrl>">
</head>
<body class="affp affp-page-${portalPage!"none"}" data-days="${uiLabelMap.AffPortalDaysShort}" data-hours="${uiLabelMap.AffPortalHoursShort}"
    data-minutes="${uiLabelMap.AffPortalMinutesShort}" data-seconds="${uiLabelMap.AffPortalSecondsShort}">
<header class="affp-header">
  <div class="affp-header-inner">
    <a class="affp-brand" href="<@ofbizUrl>main</@ofbizUrl>">${uiLabelMap.AffPortalTitle}</a>
    <nav class="affp-nav" aria-label="${uiLabelMap.AffPortalTitle}">
      <#if userLogin?has_content>
        <a href="<@ofbizUrl>main</@ofbizUrl>"<#if (portalPage!"") == "home" || (portalPage!"") == "contest"> class="affp-current"</#if>>${uiLabelMap.AffPortalNavHome}</a>
        <a href="<@ofbizUrl>Messages</@ofbizUrl>"<#if (portalPage!"") == "messages"> class="affp-current"</#if>>${uiLabelMap.AffPortalNavMessages}</a>
        <a href="<@ofbizUrl>Winners</@ofbizUrl>"<#if (portalPage!"") == "winners"> class="affp-current"</#if>>${uiLabelMap.AffPortalNavWinners}</a>
        <a class="affp-logout" href="<@ofbizUrl>logout</@ofbizUrl>">${uiLabelMap.AffPortalLogout}</a>
      </#if>
      <span class="affp-lang" title="${uiLabelMap.AffPortalLanguage}">
        <a href="<@ofbizUrl>setSessionLocale?newLocale=en</@ofbizUrl>"<#if locale.language == "en"> class="affp-current"</#if> lang="en">EN</a>
        <a href="<@ofbizUrl>setSessionLocale?newLocale=fr</@ofbizUrl>"<#if locale.language == "fr"> class="affp-current"</#if> lang="fr">FR</a>
      </span>
    </nav>
  </div>
</header>
<main class="affp-main">
