<#--
  Help of the back office: what each screen does, how a contest goes live in a few minutes, how
  crediting works. Linked from the application bar and from the help link of every page (helpAnchor).
  Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<div class="screenlet" id="affc-help">
  <div class="screenlet-title-bar"><h3>${uiLabelMap.AffiliateContestsBoHelpTitle}</h3></div>
  <div class="screenlet-body">
    <h2 id="quick-start">${uiLabelMap.AffiliateContestsBoHelpQuickStartTitle}</h2>
    <ol>
      <li>${uiLabelMap.AffiliateContestsBoHelpQuickStart1}</li>
      <li>${uiLabelMap.AffiliateContestsBoHelpQuickStart2}</li>
      <li>${uiLabelMap.AffiliateContestsBoHelpQuickStart3}</li>
      <li>${uiLabelMap.AffiliateContestsBoHelpQuickStart4}</li>
    </ol>
    <h2 id="screens">${uiLabelMap.AffiliateContestsBoHelpScreensTitle}</h2>
    <dl>
      <dt>${uiLabelMap.AffiliateContestsBoDashboard}</dt><dd>${uiLabelMap.AffiliateContestsBoHelpDashboard}</dd>
      <dt>${uiLabelMap.AffiliateContestsContests}</dt><dd>${uiLabelMap.AffiliateContestsBoHelpContests}</dd>
      <dt>${uiLabelMap.AffiliateContestsBoNewContest}</dt><dd>${uiLabelMap.AffiliateContestsBoHelpWizard}</dd>
      <dt>${uiLabelMap.AffiliateContestsBoDryRun}</dt><dd>${uiLabelMap.AffiliateContestsBoHelpDryRun}</dd>
      <dt>${uiLabelMap.AffiliateContestsBoLeaderboard}</dt><dd>${uiLabelMap.AffiliateContestsBoHelpLeaderboard}</dd>
      <dt>${uiLabelMap.AffiliateContestsBoWinners}</dt><dd>${uiLabelMap.AffiliateContestsBoHelpWinners}</dd>
      <dt>${uiLabelMap.AffiliateContestsBoEditLog}</dt><dd>${uiLabelMap.AffiliateContestsBoHelpEditLog}</dd>
      <dt>${uiLabelMap.AffiliateContestsBoMessaging}</dt><dd>${uiLabelMap.AffiliateContestsBoHelpMessaging}</dd>
    </dl>
    <h2 id="states">${uiLabelMap.AffiliateContestsBoHelpStatesTitle}</h2>
    <p>${uiLabelMap.AffiliateContestsBoHelpStates}</p>
    <h2 id="crediting">${uiLabelMap.AffiliateContestsBoHelpCreditingTitle}</h2>
    <ul>
      <li>${uiLabelMap.AffiliateContestsBoHelpCrediting1}</li>
      <li>${uiLabelMap.AffiliateContestsBoHelpCrediting2}</li>
      <li>${uiLabelMap.AffiliateContestsBoHelpCrediting3}</li>
      <li>${uiLabelMap.AffiliateContestsBoHelpCrediting4}</li>
    </ul>
  </div>
</div>
