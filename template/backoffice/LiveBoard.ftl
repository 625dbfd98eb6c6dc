<#--
  The admin leaderboard kept up to date without reload (after Leaderboard.ftl): liveboard.js (shared with the
  partner portal) is told of each committed change on the socket /affcontests/ws/board, then fetches this page
  again and swaps its #affc-leaderboard in; AffContestBoardMarker is its poll. A finalized board does not change.
  Data: live (getAffContestBoardMarker), board (getAffContestLeaderboard).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#if (live.marker)?? && (board.statusId!"") != "AFFC_FINALIZED">
<div id="affc-live" data-marker="${live.marker}"
    data-live-socket="/affcontests/ws/board?contestId=${contestId}"
    data-marker-url="<@ofbizUrl>AffContestBoardMarker?contestId=${contestId}</@ofbizUrl>"
    data-board-url="<@ofbizUrl>AffContestLeaderboard?contestId=${contestId}</@ofbizUrl>"
    data-board-target="#affc-leaderboard">
  <p class="tooltip">${uiLabelMap.AffiliateContestsBoLiveUpdates}</p>
</div>
<script src="/partners/js/liveboard.js" defer></script>
</#if>
