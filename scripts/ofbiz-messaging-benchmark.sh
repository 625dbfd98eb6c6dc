#!/usr/bin/env bash
# Runs the messaging benchmark (benchmarkAffBroadcastSend) against a running OFBiz test instance
# through webtools, as admin/ofbiz, and prints its figures (also in runtime/logs/ofbiz.log). It creates
# (or reuses) its own partners.
#
#   scripts/ofbiz-messaging-benchmark.sh [https://localhost:8443] [recipients]
set -euo pipefail
base=${1:-https://localhost:8443}
recipients=${2:-100000}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
curl -sk --http1.1 -c "$jar" -b "$jar" -d 'USERNAME=admin&PASSWORD=ofbiz' "$base/webtools/control/login" -o /dev/null
echo "== a broadcast to $recipients partners"
curl -sk --http1.1 -c "$jar" -b "$jar" --max-time 3600 "$base/webtools/control/scheduleServiceSync" \
    -d "SERVICE_NAME=benchmarkAffBroadcastSend&POOL_NAME=pool&_RUN_SYNC_=Y&recipients=$recipients" |
    sed -e 's/<[^>]*>/ /g' | tr -s ' \n' | grep -oE '(figures|errorMessage)[^=]*= ?[^ ]+.{0,600}' || true
