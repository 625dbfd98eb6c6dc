/*
 * Partner portal: countdowns and local times in the browser's own time zone (the live leaderboard
 * of an open contest page is liveboard.js).
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
(function () {
    'use strict';

    var body = document.body;
    var lang = document.documentElement.lang || undefined;

    /* Dates: the server wrote them in the partner's OFBiz time zone; the browser knows the partner's own. */
    function localTimes(root) {
        // dateStyle/timeStyle cannot be combined with timeZoneName: spell the fields out
        var format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric',
            minute: '2-digit', timeZoneName: 'short' });
        Array.prototype.forEach.call(root.querySelectorAll('time.affp-local-time[datetime]'), function (el) {
            var millis = Number(el.getAttribute('datetime'));
            if (!isNaN(millis)) {
                el.textContent = format.format(new Date(millis));
            }
        });
    }

    function remaining(millis) {
        var s = Math.max(0, Math.floor(millis / 1000));
        var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
        var parts = [];
        if (d > 0) { parts.push(d + ' ' + body.dataset.days); }
        parts.push(h + ' ' + body.dataset.hours, m + ' ' + body.dataset.minutes);
        if (d === 0) { parts.push(s % 60 + ' ' + body.dataset.seconds); }
        return parts.join(' ');
    }

    function tick() {
        var now = Date.now();
        Array.prototype.forEach.call(document.querySelectorAll('.affp-countdown[data-end] .affp-remaining'), function (el) {
            el.textContent = remaining(Number(el.parentNode.dataset.end) - now);
        });
    }

    localTimes(document);
    tick();
    setInterval(tick, 1000);
    // the live leaderboard of an open contest page: liveboard.js
}());
