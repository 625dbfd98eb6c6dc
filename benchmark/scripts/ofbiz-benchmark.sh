#!/usr/bin/env bash
# Runs the component's in-OFBiz benchmarks in a running benchmark instance (one with the test-only
# component affiliatecontestsbench installed: benchmark/README.md; they create their own contests,
# partners and orders), each as a job, and prints their figures from the instance's log.
#
#   benchmark/scripts/ofbiz-benchmark.sh [ofbiz home] [https://localhost:8443] [participants]
set -euo pipefail
home=${1:-/tmp/ofbiz}
base=${2:-https://localhost:8443}
participants=${3:-100000}
job="$(dirname "$0")/ofbiz-job.sh"
"$job" "$home" "$base" benchmarkAffContestOrderCompletion "orders=200" "changeOrderStatus to ORDER_COMPLETED"
"$job" "$home" "$base" benchmarkAffContestLeaderboard "participants=$participants&repeats=30" "Leaderboard of $participants participants"
