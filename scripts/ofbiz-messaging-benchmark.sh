#!/usr/bin/env bash
# Runs the messaging benchmark (benchmarkAffBroadcastSend) in a running OFBiz test instance and prints
# its figures. It is scheduled through webtools as a job (as admin/ofbiz), so it runs like the
# scheduled-send job does: in the job poller, with no request transaction around it (webtools'
# "run sync" would wrap the whole benchmark in the request's transaction). The figures are read from
# the instance's log. It creates (or reuses) its own partners.
#
#   scripts/ofbiz-messaging-benchmark.sh [ofbiz home] [https://localhost:8443] [recipients]
set -euo pipefail
home=${1:-/tmp/ofbiz}
base=${2:-https://localhost:8443}
recipients=${3:-100000}
log="$home/runtime/logs/ofbiz.log"
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
curl -sk --http1.1 -c "$jar" -b "$jar" -d 'USERNAME=admin&PASSWORD=ofbiz' "$base/webtools/control/login" -o /dev/null
lines=$(wc -l < "$log")
echo "== a broadcast to $recipients partners (job scheduled $(date +%T))"
curl -sk --http1.1 -c "$jar" -b "$jar" "$base/webtools/control/scheduleService" \
    -d "SERVICE_NAME=benchmarkAffBroadcastSend&POOL_NAME=pool&recipients=$recipients" -o /dev/null
while sleep 5; do
    new=$(tail -n +"$((lines + 1))" "$log")
    if grep -aq "Broadcast to $recipients partners:" <<< "$new"; then
        grep -a "recipients written\|audience of\|Broadcast to $recipients partners:" <<< "$new" | cut -d'|' -f5-
        exit 0
    fi
    if grep -aqE "benchmarkAffBroadcastSend.*(rror|failed)" <<< "$new"; then
        grep -aE -A3 "benchmarkAffBroadcastSend.*(rror|failed)" <<< "$new" | head -20
        exit 1
    fi
done
