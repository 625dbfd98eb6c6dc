<#--
  The embeddable page around the public leaderboard (what the admin's iframe snippet loads).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<!DOCTYPE html>
<html lang="${locale.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><#if contest??>${contest.contestName!}<#else>${uiLabelMap.AffiliateContestsStorefrontBoard}</#if></title>
  <link rel="stylesheet" href="<@ofbizContentUrl>/partners/css/portal.css</@ofbizContentUrl>">
</head>
<body class="affp-embedded">
<#include "PublicBoard.ftl"/>
</body>
</html>
