#!/usr/bin/env bash
# Schedules one benchmark service as a job in a running benchmark instance (webtools, as admin/ofbiz)
# and prints its figures from the instance's log. A job runs like OFBiz's own jobs: in the job
# poller, with no request transaction around it (webtools' "run sync" would wrap the whole benchmark
# in one request transaction, which times out and rolls back).
#
#   benchmark/scripts/ofbiz-job.sh OFBIZ_HOME BASE_URL SERVICE 'name=value&...' 'text of the figures line'
set -euo pipefail
home=$1 base=$2 service=$3 params=$4 marker=$5
logs="$home/runtime/logs"
jar=$(mktemp)
stamp=$(mktemp)
trap 'rm -f "$jar" "$stamp"' EXIT
curl -sk --http1.1 -c "$jar" -b "$jar" -d 'USERNAME=admin&PASSWORD=ofbiz' "$base/webtools/control/login" -o /dev/null
# log lines from now on, in ofbiz.log and the files it rotates into (OFBiz rotates it every MB)
since=$(date '+%Y-%m-%d %H:%M:%S')
newer() {
    find "$logs" -maxdepth 1 -name 'ofbiz*.log' -newer "$stamp" -print0 | sort -z | xargs -0 -r cat |
        awk -v since="$since" 'substr($0, 1, 19) >= since'
}
echo "== $service $params (job scheduled $(date -u +%T) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg))"
curl -sk --http1.1 -c "$jar" -b "$jar" "$base/webtools/control/scheduleService" \
    -d "SERVICE_NAME=$service&POOL_NAME=pool&$params" -o /dev/null
while sleep 5; do
    new=$(newer)
    if grep -aq "$marker" <<< "$new"; then
        grep -a "$marker" <<< "$new" | cut -d'|' -f5-
        exit 0
    fi
    if grep -aqE "$service.*(rror|failed)" <<< "$new"; then
        grep -aE -A3 "$service.*(rror|failed)" <<< "$new" | head -20
        exit 1
    fi
done
