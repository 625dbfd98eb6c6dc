<#--
  Macros of the back-office templates. Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
-->
<#-- OFBiz's CSRF token of a request, as the hidden field form widgets add (csrfTokenPair gives "name=value"; empty value: no defense configured) -->
<#macro csrfField target>
  <#local pair><@csrfTokenPair>${target}</@csrfTokenPair></#local>
  <#if pair?contains("=") && pair?keep_after("=")?has_content>
    <input type="hidden" name="${pair?keep_before("=")}" value="${pair?keep_after("=")}"/>
  </#if>
</#macro>

<#-- a POST form to a request of the controller, with its CSRF token -->
<#macro postForm action name="" class="basic-form">
  <form method="post" action="<@ofbizUrl>${action}</@ofbizUrl>"<#if name?has_content> name="${name}"</#if> class="${class}">
    <@csrfField target=action/>
    <#nested/>
  </form>
</#macro>

<#-- a button posting one contest to a request -->
<#macro contestButton action contestId label extraName="" extraValue="">
  <@postForm action=action class="affc-inline">
    <input type="hidden" name="contestId" value="${contestId}"/>
    <#if extraName?has_content><input type="hidden" name="${extraName}" value="${extraValue}"/></#if>
    <input type="submit" class="smallSubmit" value="${label}"/>
  </@postForm>
</#macro>

<#macro status statusId>${uiLabelMap["AffiliateContestsBoStatus_" + statusId]}</#macro>
<#macro metric enumId><#if enumId?has_content>${uiLabelMap["AffiliateContestsBoMetric_" + enumId]}</#if></#macro>
<#macro kind enumId><#if enumId?has_content>${uiLabelMap["AffiliateContestsBoKind_" + enumId]}</#if></#macro>
<#-- a score or amount as the engine's ScoreUnit of the contest's metric says: MONEY in the currency, COUNT, RATE; in the page's locale (patterns of ScoreUnit) -->
<#macro score value unit="COUNT" currency=""><#if value?has_content><#if unit == "MONEY"><@ofbizCurrency amount=value isoCode=currency/><#elseif unit == "RATE">${value?string("#,##0.#%")}<#else>${value?string("#,##0.##")}</#if></#if></#macro>
<#-- a prize: its text, and its amount in its currency unless the text already says it -->
<#macro prize text="" amount="" currency=""><#local amountText><#if amount?has_content><@ofbizCurrency amount=amount isoCode=currency/></#if></#local>${text}<#if amountText?has_content && !StringUtil.wrapString(text)?string?contains(amountText)><#if text?has_content> (${amountText})<#else>${amountText}</#if></#if></#macro>
<#-- a moment of a contest (ContestRecords.moment): its time in the contest's zone with the zone's name, the admin's own time beside it where it differs -->
<#macro moment m=""><#if m?has_content><span class="affc-moment">${m.contestTime} ${m.contestZone}</span><#if m.adminTime?has_content> <span class="affc-admin-time">(${uiLabelMap.AffiliateContestsBoYourTime}: ${m.adminTime} ${m.adminZone})</span></#if></#if></#macro>
<#macro dateTime value><#if value?has_content>${value?string("yyyy-MM-dd HH:mm")}</#if></#macro>

<#-- a countdown to a moment (milliseconds since the epoch), updated every minute by the page's script -->
<#macro countdown untilMillis>
  <#local left = (untilMillis - .now?long) / 60000>
  <#if left &lt; 0><#local left = 0></#if>
  <span class="affc-countdown" data-until="${untilMillis?c}" data-d="${uiLabelMap.AffiliateContestsBoDaysShort}" data-h="${uiLabelMap.AffiliateContestsBoHoursShort}" data-m="${uiLabelMap.AffiliateContestsBoMinutesShort}">${(left / 1440)?floor}${uiLabelMap.AffiliateContestsBoDaysShort} ${((left % 1440) / 60)?floor}${uiLabelMap.AffiliateContestsBoHoursShort} ${(left % 60)?floor}${uiLabelMap.AffiliateContestsBoMinutesShort}</span>
</#macro>

<#macro countdownScript>
<script type="application/javascript">
  (function () {
    function tick() {
      var spans = document.querySelectorAll('.affc-countdown');
      for (var i = 0; i < spans.length; i++) {
        var s = spans[i];
        var left = Math.max(0, Math.floor((Number(s.getAttribute('data-until')) - Date.now()) / 60000));
        s.textContent = Math.floor(left / 1440) + s.getAttribute('data-d') + ' ' + Math.floor((left % 1440) / 60)
            + s.getAttribute('data-h') + ' ' + (left % 60) + s.getAttribute('data-m');
      }
    }
    setInterval(tick, 30000);
  })();
</script>
</#macro>

<#macro progress percent>
  <#local p = percent!0>
  <div class="affc-progress" style="background:#e5e5e5;width:160px;height:10px;display:inline-block;vertical-align:middle;">
    <div style="background:#4a8f29;height:10px;width:${p?c}%;"></div>
  </div> ${p}%
</#macro>

<#-- the messaging pages' bar: broadcasts, compose, reply inbox -->
<#macro messagingBar>
  <div class="button-bar">
    <a class="buttontext" href="<@ofbizUrl>AffBroadcasts</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoBroadcasts}</a>
    <a class="buttontext create" href="<@ofbizUrl>AffBroadcastCompose</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoCompose}</a>
    <a class="buttontext" href="<@ofbizUrl>AffBroadcastInbox?unansweredOnly=Y</@ofbizUrl>">${uiLabelMap.AffiliateContestsBoReplyInbox}</a>
  </div>
</#macro>
<#macro broadcastStatus statusId>${uiLabelMap["AffiliateContestsBoBroadcastStatus_" + statusId]}</#macro>

<#--
  A partner field that searches as the admin types: LookupAffPartners (POST, JSON) fills the shared
  datalist with at most 20 matching partners (value: the party id; label: alias and name). Once per
  page: partnerLookupList and partnerLookupScript.
-->
<#macro partnerLookup name value="">
  <input type="text" name="${name}" value="${value}" class="affc-partner-lookup" list="affc-partner-list" autocomplete="off"
      size="30" placeholder="${uiLabelMap.AffiliateContestsBoPartnerLookup}" aria-label="${uiLabelMap.AffiliateContestsBoPartnerLookup}"/>
</#macro>
<#macro partnerLookupList>
  <datalist id="affc-partner-list"></datalist>
</#macro>
<#macro partnerLookupScript>
<script type="application/javascript">
  (function () {
    var list = document.getElementById('affc-partner-list');
    if (!list || !window.fetch) { return; }
    var url = '<@ofbizUrl>LookupAffPartners</@ofbizUrl>';
    var meta = document.querySelector('meta[name="csrf-token"]');
    var timer = null, last = '';
    function search(term) {
      var headers = { 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/x-www-form-urlencoded' };
      if (meta && meta.content) { headers['X-CSRF-Token'] = meta.content; }
      fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: new URLSearchParams({ term: term }) })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (text) {
          if (!text || term !== last) { return; }
          var partners = JSON.parse(text.replace(/^\s*\/\//, '')).partners || [];
          list.innerHTML = '';
          partners.forEach(function (p) {
            var option = document.createElement('option');
            option.value = p.partyId;
            option.label = [p.alias, p.name].filter(function (x) { return x; }).join(' - ') || p.partyId;
            list.appendChild(option);
          });
        })['catch'](function () {});
    }
    document.addEventListener('input', function (event) {
      var field = event.target;
      if (!field.classList || !field.classList.contains('affc-partner-lookup')) { return; }
      var term = field.value.trim();
      clearTimeout(timer);
      if (term.length < 2 || term === last) { return; }
      timer = setTimeout(function () { last = term; search(term); }, 250);
    });
  })();
</script>
</#macro>

<#--
  The compose page's live recipient count: every change of the audience builder (who, match, rows) posts the
  audience fields to the count request, at most once per 400 ms of typing, and shows the count and the first
  recipients (alias, else name). An answer older than the last change is dropped.
-->
<#macro liveAudienceScript>
<script type="application/javascript">
  (function () {
    var box = document.getElementById('affc-live-audience');
    var form = document.forms.composeBroadcast;
    if (!box || !form || !window.fetch) { return; }
    var meta = document.querySelector('meta[name="csrf-token"]');
    var fields = ['eligibleAll', 'includeMatchEnumId', 'criterionRule', 'criterion', 'criterionParty', 'criterionValue', 'criterionDays'];
    var count = box.querySelector('.affc-live-count'), first = box.querySelector('.affc-live-first'), error = box.querySelector('.affc-live-error');
    var timer = null, asked = 0;
    function ask() {
      var mine = ++asked;
      var body = new URLSearchParams();
      fields.forEach(function (name) {
        Array.prototype.forEach.call(form.querySelectorAll('[name="' + name + '"]'), function (f) { body.append(name, f.value); });
      });
      var headers = { 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/x-www-form-urlencoded' };
      if (meta && meta.content) { headers['X-CSRF-Token'] = meta.content; }
      count.textContent = box.getAttribute('data-counting');
      fetch(box.getAttribute('data-url'), { method: 'POST', credentials: 'same-origin', headers: headers, body: body })
        .then(function (response) { return response.text(); })
        .then(function (text) {
          if (mine !== asked) { return; }
          var answer = JSON.parse(text.replace(/^\s*\/\//, ''));
          var problems = answer._ERROR_MESSAGE_LIST_ || (answer._ERROR_MESSAGE_ ? [answer._ERROR_MESSAGE_] : []);
          error.textContent = problems.join(' ');
          if (problems.length) { count.textContent = '\u2013'; first.textContent = ''; return; }
          count.textContent = answer.recipientCount;
          var names = (answer.recipients || []).map(function (r) { return r.alias || r.name || r.partyId; });
          var more = answer.recipientCount - names.length;
          first.textContent = names.length ? '(' + names.join(', ') + (more > 0 ? ' ' + box.getAttribute('data-more').replace('{0}', more) : '') + ')' : '';
          box.setAttribute('data-count', answer.recipientCount);
        })['catch'](function () {});
    }
    function later(event) {
      if (fields.indexOf(event.target.name) < 0) { return; }
      clearTimeout(timer);
      timer = setTimeout(ask, 400);
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    ask();
  })();
</script>
</#macro>
