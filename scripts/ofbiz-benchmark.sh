#!/usr/bin/env bash
# Runs the component's in-OFBiz benchmarks against a running OFBiz (a test instance: they create
# their own contests, partners and orders) through webtools, as admin/ofbiz, and prints the
# results page's figures. The figures are also in runtime/logs/ofbiz.log.
#
#   scripts/ofbiz-benchmark.sh [https://localhost:8443] [participants]
set -euo pipefail
base=${1:-https://localhost:8443}
participants=${2:-100000}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
curl -sk --http1.1 -c "$jar" -b "$jar" -d 'USERNAME=admin&PASSWORD=ofbiz' "$base/webtools/control/login" -o /dev/null
run() {
    curl -sk --http1.1 -c "$jar" -b "$jar" --max-time 3600 "$base/webtools/control/scheduleServiceSync" \
        -d "SERVICE_NAME=$1&POOL_NAME=pool&_RUN_SYNC_=Y&$2" |
        sed -e 's/<[^>]*>/ /g' | tr -s ' \n' | grep -oE '(withComponent|withoutComponent|ratioOfMedians|figures|setupMillis|errorMessage)[^=]*= ?[^ ]+.{0,400}' || true
}
echo "== changeOrderStatus to ORDER_COMPLETED, with and without the component"
run benchmarkAffContestOrderCompletion "orders=200"
echo "== leaderboard services, $participants participants"
run benchmarkAffContestLeaderboard "participants=$participants&repeats=30"
