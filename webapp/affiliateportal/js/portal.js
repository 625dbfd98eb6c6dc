/*
 * Partner portal: countdowns and local times in the browser's own time zone, and the live
 * leaderboard of an open contest page.
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

    /*
     * Live leaderboard. Every POLL_MILLIS the page asks ContestBoardMarker for the board's change
     * marker: one cached value per contest on the server (re-read at most every 3 s whatever the
     * number of viewers), so a poll costs the server a session check and a map lookup. Only when
     * the marker differs does the page fetch the board (the expensive read) and swap it in.
     * 5 s keeps a credit visible within ~8 s (3 s cache + 5 s poll); a hidden tab does not poll
     * and checks at once when shown again; after an error the interval doubles, up to 2 minutes.
     */
    var board = document.getElementById('affp-board');
    if (!board || board.dataset.live !== 'Y' || !window.fetch) {
        return;
    }
    var POLL_MILLIS = 5000, MAX_MILLIS = 120000;
    var delay = POLL_MILLIS, timer = null, busy = false;

    function schedule(millis) {
        clearTimeout(timer);
        if (!document.hidden) {
            timer = setTimeout(poll, millis);
        }
    }

    function fetchText(url, post) {
        var options = { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' }, cache: 'no-store' };
        if (post) {
            // the marker is JSON: OFBiz answers it to a POST (a GET makes it log a warning at every poll),
            // with its Ajax CSRF token (the page's csrf-token meta) when that defence is on
            var token = document.querySelector('meta[name="csrf-token"]');
            options.method = 'POST';
            if (token && token.content) { options.headers['X-CSRF-Token'] = token.content; }
        }
        return fetch(url, options)
            .then(function (response) {
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.text();
            });
    }

    function poll() {
        if (busy) { return; }
        busy = true;
        fetchText(board.dataset.markerUrl, true).then(function (text) {
            // OFBiz's json response to a GET starts with "//" against JSON hijacking (kept for safety);
            // a login page (session expired) instead of JSON throws, and the page backs off
            var marker = JSON.parse(text.replace(/^\s*\/\//, '')).marker;
            if (!marker) { throw new Error('no marker'); }
            if (marker === board.dataset.marker) { return null; }
            return fetchText(board.dataset.boardUrl).then(function (html) {
                board.innerHTML = html;
                board.dataset.marker = marker;
                board.classList.add('affp-updated');
                setTimeout(function () { board.classList.remove('affp-updated'); }, 1500);
            });
        }).then(function () {
            delay = POLL_MILLIS;
        }, function () {
            delay = Math.min(delay * 2, MAX_MILLIS);
        }).then(function () {
            busy = false;
            schedule(delay);
        });
    }

    document.addEventListener('visibilitychange', function () {
        if (document.hidden) {
            clearTimeout(timer);
        } else {
            schedule(0);
        }
    });
    schedule(delay);
}());
