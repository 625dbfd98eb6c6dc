#!/usr/bin/env bash
# Two OFBiz instances (nodes) on one machine sharing one PostgreSQL database, as a store's cluster behind a
# load balancer would: each node its own OFBiz home, ports, job poller and instance id.
#
#   scripts/ofbiz-cluster.sh prepare HOME_A HOME_B   HOME_A (kit-built) on PostgreSQL (scripts/ofbiz-postgres-home.sh),
#                                                    the test-only benchmark component compiled in (for check),
#                                                    copied to HOME_B; instance ids and job pools set in both
#   scripts/ofbiz-cluster.sh load HOME_A             a fresh database (scripts/postgres-setup.sh drop) and the data
#   scripts/ofbiz-cluster.sh start HOME_A HOME_B     PostgreSQL started, then node A, then node B
#   scripts/ofbiz-cluster.sh check HOME_A HOME_B [ORDERS]
#                                                    the exactly-once check on the running nodes (see below)
#   scripts/ofbiz-cluster.sh stop HOME_A HOME_B      both nodes stopped (PostgreSQL keeps running:
#                                                    scripts/postgres-setup.sh stop)
#
# Nodes: general.properties unique.instanceId = NODE_A_ID / NODE_B_ID (default node-a, node-b: JobSandbox rows a
# node claims carry it, and a node restarted reloads only its own crashed jobs); serviceengine.xml's thread-pool
# sends new jobs to the shared pool "pool", and each node runs from "pool" and from its own pool (node-a, node-b),
# so a job can be pinned to one node; poll-db-millis POLL_MILLIS (default 30000, OFBiz's; the check uses 2000 so
# its jobs start within seconds).
#
# check: with the test-only benchmark component's cluster services (benchmark/servicedef/services_benchmark.xml),
# each run as a job pinned to a node: a contest of PARTNERS partners (default 16) and ORDERS approved orders
# (default 400) attributed to them; the first partner's board marker polled through node B's portal (as its open
# contest page does) until it changes after one of its orders is completed on node A (the time is printed);
# then a broadcast to a tag of BROADCAST_AUDIENCE partners (default 3000, created at setup, untimed) sent on node A
# while a client requests that partner's inbox through node B's portal again and again: every response the
# inbox, the message there once sent and never twice, each partner written exactly once, the broadcast SENT (the
# inbox times during the send are printed);
# then half of the other orders completed through changeOrderStatus on each node by 8
# threads at the same instant, while a ninth thread on each node runs the outbox recovery service over and over;
# then, once the outbox is drained, one credit line per order and nothing else, standings equal to the orders
# and each score-band counter (a band, or one of the slices of 1,000 a band of more partners is cut into at
# setup: PARTNERS above 1,000) equal to the standing rows it counts; then the contest finalized from both nodes at one instant (2 threads each): one set of winners.
# Prints the nodes' log lines and exits non-zero on any failure.
#
# Environment: OFFSET_A (default 0), OFFSET_B (default OFFSET_A + 100), NODE_A_ID, NODE_B_ID, POLL_MILLIS,
# PG_DB (default ofbiz) and the other PG_* of scripts/postgres-setup.sh and scripts/ofbiz-postgres-home.sh,
# PARTNERS, BROADCAST_AUDIENCE, CHECK_TIMEOUT (s, default 600).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
KIT="${KIT:-$(cd "${SHARED:-$ROOT/../shared}" && pwd)/ofbiz-kit}"
CMD="${1:?usage: $0 prepare|load|start|check|stop HOME_A [HOME_B]}"
HOME_A="${2:?usage: $0 $CMD HOME_A HOME_B}"
HOME_B="${3:-}"
OFFSET_A="${OFFSET_A:-0}"
OFFSET_B="${OFFSET_B:-$((OFFSET_A + 100))}"
NODE_A_ID="${NODE_A_ID:-node-a}"
NODE_B_ID="${NODE_B_ID:-node-b}"
need_b() { [ -n "$HOME_B" ] || { echo "[cluster] HOME_B missing" >&2; exit 2; }; }
ts() { date '+%H:%M:%S'; }

# instance id and pools of one node's home (both copies of each file: build/resources/main is the one read)
configure_node() {
    local home="$1" id="$2"
    python3 - "$home" "$id" "${POLL_MILLIS:-30000}" <<'PYEOF'
import re, sys
home, node, poll = sys.argv[1:]
for d in ("framework/common/config", "build/resources/main"):
    p = f"{home}/{d}/general.properties"
    s = open(p, encoding="utf-8").read()
    s = re.sub(r"(?m)^unique\.instanceId=.*$", f"unique.instanceId={node}", s)
    open(p, "w", encoding="utf-8").write(s)
for d in ("framework/service/config", "build/resources/main"):
    p = f"{home}/{d}/serviceengine.xml"
    s = open(p, encoding="utf-8").read()
    s = re.sub(r'poll-db-millis="\d+"', f'poll-db-millis="{poll}"', s)
    s = re.sub(r'\s*<run-from-pool name="node-[^"]*"/>', "", s)
    s = re.sub(r'(<run-from-pool name="pool"/>)', rf'\1\n            <run-from-pool name="{node}"/>', s, count=1)
    open(p, "w", encoding="utf-8").write(s)
print(f"[cluster] {home}: unique.instanceId={node}, jobs from pools pool and {node}, poll every {poll} ms")
PYEOF
}

# lines of a node's log (ofbiz.log and the files it rotates into) written since $2 ('%Y-%m-%d %H:%M:%S')
log_since() {
    find "$1/runtime/logs" -maxdepth 1 -name 'ofbiz*.log' -newermt "$2" -print0 2>/dev/null | sort -z | xargs -0 -r cat |
        awk -v since="$2" '/^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / { keep = substr($0, 1, 19) >= since } keep'
}

# schedules SERVICE as a job of POOL on the node at URL (webtools, admin/ofbiz)
schedule() {
    local url="$1" pool="$2" service="$3" params="$4" jar
    jar=$(mktemp)
    curl -sk --http1.1 -c "$jar" -b "$jar" -d 'USERNAME=admin&PASSWORD=ofbiz' "$url/webtools/control/login" -o /dev/null
    curl -sk --http1.1 -c "$jar" -b "$jar" "$url/webtools/control/scheduleService" \
        -d "SERVICE_NAME=$service&POOL_NAME=$pool&$params" -o /dev/null -w '%{http_code}' | grep -q '^200$' ||
        { rm -f "$jar"; echo "[cluster] scheduling $service on $url failed" >&2; return 1; }
    rm -f "$jar"
}

# waits until every node's log since $1 has a line matching MARKER (or SERVICE failed with an exception); prints them
await() {
    local since="$1" marker="$2" service="$3" deadline=$(( $(date +%s) + ${CHECK_TIMEOUT:-600} ))
    shift 3
    local home text
    for home in "$@"; do
        while text=$(log_since "$home" "$since"); ! grep -aq "$marker" <<< "$text"; do
            if grep -aq "Error running Groovy method \[$service\]" <<< "$text"; then
                grep -a -A3 "Error running Groovy method \[$service\]" <<< "$text" | head -8 >&2 || true
                return 1
            fi
            [ "$(date +%s)" -lt "$deadline" ] || { echo "[cluster] no '$marker' in $home within ${CHECK_TIMEOUT:-600} s" >&2; return 1; }
            sleep 2
        done
        grep -a "$marker" <<< "$text" | cut -d'|' -f5- | sed "s|^|[cluster] $(basename "$home"): |"
    done
}

case "$CMD" in
prepare)
    need_b
    "$HERE/ofbiz-postgres-home.sh" "$HOME_A"
    "$HERE/ofbiz-recompile.sh" "$HOME_A" --with-benchmark > /dev/null
    mkdir -p "$HOME_B"
    (cd "$HOME_A" && tar -cf - --exclude=./runtime/data --exclude=./runtime/logs --exclude=./runtime/ofbiz-kit.pid .) |
        (cd "$HOME_B" && tar -xf -)
    configure_node "$HOME_A" "$NODE_A_ID"
    configure_node "$HOME_B" "$NODE_B_ID"
    ;;
load)
    "$HERE/postgres-setup.sh" drop
    "$KIT/run.sh" "$HOME_A" load
    ;;
start)
    need_b
    "$HERE/postgres-setup.sh" start > /dev/null
    "$KIT/run.sh" "$HOME_A" start --portoffset "$OFFSET_A"
    "$KIT/run.sh" "$HOME_B" start --portoffset "$OFFSET_B"
    ;;
stop)
    "$KIT/run.sh" "$HOME_A" stop
    [ -z "$HOME_B" ] || "$KIT/run.sh" "$HOME_B" stop
    ;;
check)
    need_b
    ORDERS="${4:-400}"; PARTNERS="${PARTNERS:-16}"; AUDIENCE="${BROADCAST_AUDIENCE:-3000}"
    URL_A="https://localhost:$((8443 + OFFSET_A))"; URL_B="https://localhost:$((8443 + OFFSET_B))"
    TAG="$(date +%s | tail -c 7)$RANDOM"
    POLL=$(grep -o 'poll-db-millis="[0-9]*"' "$HOME_A/build/resources/main/serviceengine.xml" | grep -o '[0-9]*')
    T0=$(date +%s)
    echo "[cluster] $(ts) check $TAG: $ORDERS orders, $PARTNERS partners, a broadcast to $AUDIENCE, nodes $URL_A ($NODE_A_ID) and $URL_B ($NODE_B_ID), load $(cut -d' ' -f1-3 /proc/loadavg)"
    since=$(date '+%Y-%m-%d %H:%M:%S')
    schedule "$URL_A" "$NODE_A_ID" clusterAffContestSetup "tag=$TAG&orders=$ORDERS&partners=$PARTNERS"
    await "$since" "Cluster setup $TAG" clusterAffContestSetup "$HOME_A"
    CONTEST=$(grep -a "Cluster setup $TAG" <<< "$(log_since "$HOME_A" "$since")" | grep -o 'contest [^ ]*' | cut -d' ' -f2 | tail -1)
    since=$(date '+%Y-%m-%d %H:%M:%S')
    schedule "$URL_A" "$NODE_A_ID" clusterAffBroadcastSetup "tag=$TAG&audience=$AUDIENCE"
    await "$since" "Cluster broadcast setup $TAG" clusterAffBroadcastSetup "$HOME_A"
    # the live board across nodes: a partner's board marker polled on node B (as its open contest page does every
    # 5 s) changes after an order of that partner is completed on node A
    PJAR=$(mktemp)
    curl -sk --http1.1 -c "$PJAR" -b "$PJAR" -d "USERNAME=cl${TAG}p0&PASSWORD=ofbiz" "$URL_B/partners/control/login" -o /dev/null
    marker() { curl -sk --http1.1 -c "$PJAR" -b "$PJAR" -d "contestId=$CONTEST" "$URL_B/partners/control/ContestBoardMarker" |
        grep -o '"marker" *: *"[^"]*"' | cut -d'"' -f4; }
    m0=$(marker)
    [ -n "$m0" ] || { echo "[cluster] no board marker for contest $CONTEST on node B" >&2; exit 1; }
    since=$(date '+%Y-%m-%d %H:%M:%S')
    schedule "$URL_A" "$NODE_A_ID" clusterAffContestCompleteOrders "tag=$TAG&fromIndex=0&toIndex=1&threads=1"
    await "$since" "Cluster completion $TAG" clusterAffContestCompleteOrders "$HOME_A"
    credited_at=$(date +%s%N)
    until [ "$(marker)" != "$m0" ]; do
        [ $(( ($(date +%s%N) - credited_at) / 1000000000 )) -lt 60 ] || { echo "[cluster] node B's board marker unchanged 60 s after a credit on node A" >&2; exit 1; }
        sleep 0.5
    done
    echo "[cluster] node B's board marker changed $(( ($(date +%s%N) - credited_at) / 1000000 )) ms after node A's completion job logged (marker $m0 -> $(marker))"
    # a broadcast sent on node A while node B serves a recipient's inbox (the same partner, the same session):
    # every page 200 and the inbox (no error or notice page), the message at most once, and there once sent
    INBOX=$(mktemp -d)
    inbox() { curl -sk --http1.1 -c "$PJAR" -b "$PJAR" "$URL_B/partners/control/Messages" -o "$INBOX/page" -w '%{http_code} %{time_total}\n'; }
    inbox_poll() {
        local code secs ok shown
        while [ ! -e "$INBOX/stop" ]; do
            read -r code secs < <(inbox)
            ok=0; shown=$(grep -ac "Cluster broadcast $TAG" "$INBOX/page" || true)
            if [ "$code" = 200 ] && grep -aq 'affp-stat-note' "$INBOX/page" && ! grep -aq 'affp-notice' "$INBOX/page"; then ok=1; fi
            echo "$(date +%s%3N) $code $secs $ok $shown" >> "$INBOX/requests"
            sleep 0.2
        done
    }
    since=$(date '+%Y-%m-%d %H:%M:%S')
    inbox_poll & POLLER=$!
    schedule "$URL_A" "$NODE_A_ID" clusterAffBroadcastSend "tag=$TAG"
    await "$since" "Cluster broadcast sent $TAG" clusterAffBroadcastSend "$HOME_A" || { touch "$INBOX/stop"; wait "$POLLER"; exit 1; }
    touch "$INBOX/stop"; wait "$POLLER"
    sent_line=$(grep -a "Cluster broadcast sent $TAG" <<< "$(log_since "$HOME_A" "$since")" | tail -1)
    send_ms=$(grep -o 'in [0-9]* ms' <<< "$sent_line" | grep -o '[0-9]*')
    sent_at=$(date -d "$(cut -c1-23 <<< "$sent_line" | tr , .)" +%s%3N)
    deadline=$(( $(date +%s) + 60 ))
    until [ "$(read -r code _ < <(inbox); echo "$code")" = 200 ] && [ "$(grep -ac "Cluster broadcast $TAG" "$INBOX/page")" = 1 ]; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "[cluster] the broadcast is not in the recipient's inbox on node B 60 s after it was sent on node A" >&2; exit 1; }
        sleep 0.5
    done
    # the figures: requests answered while the send ran (its start = the end logged minus its time), then all of them
    stats() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "n %d, median %.0f ms, p90 %.0f ms, max %.0f ms", NR, v[int((NR + 1) / 2)] * 1000, v[int(NR * 0.9 + 0.999)] * 1000, v[NR] * 1000; else printf "n 0" }'; }
    during=$(awk -v a=$((sent_at - send_ms)) -v b="$sent_at" '$1 >= a && $1 <= b { print $3 }' "$INBOX/requests" | stats)
    overall=$(awk '{ print $3 }' "$INBOX/requests" | stats)
    bad=$(awk '$2 != 200 || $4 != 1 || $5 > 1' "$INBOX/requests" | wc -l)
    flapped=$(awk '$5 == 1 { seen = 1 } seen && $5 == 0 { n++ } END { print n + 0 }' "$INBOX/requests")
    echo "[cluster] inbox on node B while node A sent the broadcast (${send_ms} ms): during the send $during; from scheduling to sent $overall; load $(cut -d' ' -f1-3 /proc/loadavg)"
    [ "$bad" = 0 ] || { echo "[cluster] $bad inbox responses on node B were not the inbox (status, page, or the message twice):" >&2; awk '$2 != 200 || $4 != 1 || $5 > 1' "$INBOX/requests" | head -5 >&2; exit 1; }
    [ "$flapped" = 0 ] || { echo "[cluster] the broadcast left the recipient's inbox again in $flapped responses" >&2; exit 1; }
    ! grep -q '^n 0' <<< "$during" || { echo "[cluster] no inbox request answered during the send" >&2; exit 1; }
    rm -rf "$INBOX" "$PJAR"
    since=$(date '+%Y-%m-%d %H:%M:%S')
    schedule "$URL_B" "$NODE_B_ID" clusterAffBroadcastCheck "tag=$TAG&audience=$AUDIENCE"
    await "$since" "Cluster broadcast check $TAG" clusterAffBroadcastCheck "$HOME_B"
    grep -aq "Cluster broadcast check $TAG: OK" <<< "$(log_since "$HOME_B" "$since")" || exit 1
    # both nodes start completing at the same instant, once their pollers have picked the jobs up
    start_at=$(( ($(date +%s) * 1000) + 2 * POLL + 5000 ))
    half=$((ORDERS / 2))
    since=$(date '+%Y-%m-%d %H:%M:%S')
    schedule "$URL_A" "$NODE_A_ID" clusterAffContestCompleteOrders "tag=$TAG&fromIndex=1&toIndex=$half&threads=8&startAt=$start_at"
    schedule "$URL_B" "$NODE_B_ID" clusterAffContestCompleteOrders "tag=$TAG&fromIndex=$half&toIndex=$ORDERS&threads=8&startAt=$start_at"
    await "$since" "Cluster completion $TAG" clusterAffContestCompleteOrders "$HOME_A" "$HOME_B"
    since=$(date '+%Y-%m-%d %H:%M:%S')
    schedule "$URL_B" "$NODE_B_ID" clusterAffContestCheck "tag=$TAG&orders=$ORDERS&partners=$PARTNERS"
    await "$since" "Cluster check $TAG" clusterAffContestCheck "$HOME_B"
    grep -aq "Cluster check $TAG: OK" <<< "$(log_since "$HOME_B" "$since")" || exit 1
    start_at=$(( ($(date +%s) * 1000) + 2 * POLL + 5000 ))
    since=$(date '+%Y-%m-%d %H:%M:%S')
    schedule "$URL_A" "$NODE_A_ID" clusterAffContestFinalize "tag=$TAG&threads=2&startAt=$start_at"
    schedule "$URL_B" "$NODE_B_ID" clusterAffContestFinalize "tag=$TAG&threads=2&startAt=$start_at"
    await "$since" "Cluster finalize $TAG" clusterAffContestFinalize "$HOME_A" "$HOME_B"
    wins=$(log_since "$HOME_A" "$since"; log_since "$HOME_B" "$since")
    wins=$(grep -a "Cluster finalize $TAG" <<< "$wins" | grep -o 'won' | wc -l)
    [ "$wins" = 1 ] || { echo "[cluster] $wins finalizations won, expected exactly 1" >&2; exit 1; }
    since=$(date '+%Y-%m-%d %H:%M:%S')
    schedule "$URL_A" "$NODE_A_ID" clusterAffContestCheck "tag=$TAG&orders=$ORDERS&partners=$PARTNERS&finalized=Y"
    await "$since" "Cluster check $TAG" clusterAffContestCheck "$HOME_A"
    grep -aq "Cluster check $TAG: OK" <<< "$(log_since "$HOME_A" "$since")" || exit 1
    echo "[cluster] $(ts) check $TAG passed in $(( $(date +%s) - T0 )) s (load $(cut -d' ' -f1-3 /proc/loadavg))"
    ;;
*)
    sed -n '2,30p' "$0" >&2; exit 2 ;;
esac
