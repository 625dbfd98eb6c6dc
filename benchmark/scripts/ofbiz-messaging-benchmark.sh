#!/usr/bin/env bash
# Runs the messaging benchmark (benchmarkAffBroadcastSend) in a running benchmark instance (one with the
# test-only component affiliatecontestsbench installed: benchmark/README.md) as a job, like the
# scheduled-send job runs, and prints its figures from the instance's log. It creates (or reuses) its
# own partners.
#
#   benchmark/scripts/ofbiz-messaging-benchmark.sh [ofbiz home] [https://localhost:8443] [recipients]
set -euo pipefail
home=${1:-/tmp/ofbiz}
base=${2:-https://localhost:8443}
recipients=${3:-100000}
"$(dirname "$0")/ofbiz-job.sh" "$home" "$base" benchmarkAffBroadcastSend "recipients=$recipients" "Broadcast to $recipients partners:"
