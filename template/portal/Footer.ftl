<#--
  Bottom of every portal page. Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
</main>
<footer class="affp-footer">
  <p>${uiLabelMap.AffPortalTimesInYourZone}</p>
</footer>
<script src="<@ofbizContentUrl>/partners/js/portal.js</@ofbizContentUrl>" defer></script>
</body>
</html>
