/*
 * Live leaderboard of an open contest page, in the partner portal and in the back office.
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 *
 * The element with data-live-socket (its web application's ws/board?contestId=...) holds the board's
 * change marker (data-marker), the marker's JSON URL (data-marker-url, POST) and the board's URL
 * (data-board-url). With data-board-target (a CSS selector), the board's URL is a whole page and its
 * element of that selector replaces the page's own; without, it is a fragment that becomes the
 * element's content.
 *
 * The server pushes {"contestId", "marker", "committed"} on the socket after each committed change
 * (and the current marker when the socket opens); only a marker different from the page's makes it
 * fetch its board again, through the same paths as a reload, so what its user may see is decided
 * there. The pushed notice carries no score. While the socket is open the page still asks the
 * marker every 30 s (a credit committed on another OFBiz instance of a cluster is only seen so);
 * while it is closed, every 5 s, and it reconnects after 1 s, doubling up to 2 minutes. A hidden
 * tab neither polls nor keeps a socket; it checks at once when shown again.
 *
 * data-socket on the element says whether the socket is open. window.affLiveBoardLog keeps, per board
 * update, {marker, committed (server epoch ms, when pushed), received (Date.now() of the notice), shown
 * (Date.now() once swapped), via ("push" or "poll")}: the browser suite's commit-to-screen figure.
 */
(function () {
    'use strict';

    var live = document.querySelector('[data-live-socket]');
    if (!live || live.dataset.live === 'N' || !window.fetch) {
        return;
    }
    var OPEN_POLL_MILLIS = 30000, CLOSED_POLL_MILLIS = 5000, MAX_MILLIS = 120000;
    // a page fetches its board at most once a second: with hundreds of pages open on a busy contest, every
    // change costs each page one fetch, and changes meanwhile ride along with the next one
    var MIN_FETCH_MILLIS = 1000, lastFetch = 0, nextTimer = null;
    var log = window.affLiveBoardLog = [];
    var socket = null, reconnectMillis = 1000, reconnectTimer = null;
    var pollDelay = CLOSED_POLL_MILLIS, pollTimer = null;
    var busy = false, next = null;

    function request(url, post) {
        var options = { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' }, cache: 'no-store' };
        if (post) {
            // the marker is JSON: OFBiz answers it to a POST (a GET makes it log a warning each time),
            // with its Ajax CSRF token (the page's csrf-token meta) when that defence is on
            var token = document.querySelector('meta[name="csrf-token"]');
            options.method = 'POST';
            if (token && token.content) { options.headers['X-CSRF-Token'] = token.content; }
        }
        return fetch(url, options).then(function (response) {
            if (!response.ok) { throw new Error('HTTP ' + response.status); }
            return response.text();
        });
    }

    function swap(html) {
        var selector = live.dataset.boardTarget;
        if (!selector) {
            live.innerHTML = html;
            return live;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector(selector);
        var current = document.querySelector(selector);
        if (!fresh || !current) { throw new Error('no board in the page'); }
        current.replaceWith(document.importNode(fresh, true));
        return document.querySelector(selector);
    }

    /* Fetches the board when the marker differs; one fetch at a time, at most one a second, the latest marker wins. */
    function show(marker, committed, via, received) {
        if (!marker || marker === live.dataset.marker) { return Promise.resolve(); }
        var wait = lastFetch + MIN_FETCH_MILLIS - Date.now();
        if (busy || wait > 0) {
            // the oldest change's times are kept: the figures measure the wait of the first change shown late
            next = { marker: marker, committed: next ? next.committed : committed, via: via,
                received: next ? next.received : received };
            if (!busy) { later(wait); }
            return Promise.resolve();
        }
        busy = true;
        lastFetch = Date.now();
        return request(live.dataset.boardUrl).then(function (html) {
            var board = swap(html);
            live.dataset.marker = marker;
            log.push({ marker: marker, committed: committed || null, received: received || null, shown: Date.now(), via: via });
            board.classList.add('affp-updated');
            setTimeout(function () { board.classList.remove('affp-updated'); }, 1500);
            document.dispatchEvent(new CustomEvent('affc:board-updated'));
        }).finally(function () {
            busy = false;
            if (next) { later(lastFetch + MIN_FETCH_MILLIS - Date.now()); }
        });
    }

    function later(millis) {
        if (nextTimer) { return; }
        nextTimer = setTimeout(function () {
            var queued = next;
            nextTimer = null;
            next = null;
            if (queued) { show(queued.marker, queued.committed, queued.via, queued.received); }
        }, Math.max(0, millis));
    }

    function poll() {
        request(live.dataset.markerUrl, true).then(function (text) {
            // a login page (session expired) instead of JSON throws, and the page backs off
            var marker = JSON.parse(text.replace(/^\s*\/\//, '')).marker;
            if (!marker) { throw new Error('no marker'); }
            return show(marker, null, 'poll');
        }).then(function () {
            pollDelay = socket ? OPEN_POLL_MILLIS : CLOSED_POLL_MILLIS;
        }, function () {
            pollDelay = Math.min(pollDelay * 2, MAX_MILLIS);
        }).then(function () {
            schedulePoll(pollDelay);
        });
    }

    function schedulePoll(millis) {
        clearTimeout(pollTimer);
        if (!document.hidden) {
            pollTimer = setTimeout(poll, millis);
        }
    }

    function connect() {
        clearTimeout(reconnectTimer);
        if (!window.WebSocket || document.hidden || socket) { return; }
        var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + live.dataset.liveSocket);
        ws.onopen = function () {
            socket = ws;
            live.dataset.socket = 'open';
            reconnectMillis = 1000;
            schedulePoll(OPEN_POLL_MILLIS);
        };
        ws.onmessage = function (event) {
            var notice;
            try { notice = JSON.parse(event.data); } catch (e) { return; }
            show(notice.marker, notice.committed, 'push', Date.now()).catch(function () { schedulePoll(0); });
        };
        ws.onclose = function (event) {
            var wasOpen = socket === ws;
            socket = null;
            live.dataset.socket = 'closed';
            if (document.hidden) { return; }
            schedulePoll(wasOpen ? 0 : CLOSED_POLL_MILLIS);
            if (event.code !== 1008) {
                // 1008: refused (signed out, or no longer allowed): the polls say why
                reconnectTimer = setTimeout(connect, reconnectMillis);
                reconnectMillis = Math.min(reconnectMillis * 2, MAX_MILLIS);
            }
        };
    }

    document.addEventListener('visibilitychange', function () {
        if (document.hidden) {
            clearTimeout(pollTimer);
            clearTimeout(reconnectTimer);
            if (socket) { socket.close(1000); }
        } else {
            connect();
            schedulePoll(0);
        }
    });
    connect();
    schedulePoll(CLOSED_POLL_MILLIS);
}());
