#!/usr/bin/env bash
# Quick start on a machine with no OFBiz yet: clones the OFBiz release this component targets at a
# pinned revision, installs this component as plugins/affiliatecontests, loads seed and demo data
# into embedded Derby and starts OFBiz. Needs git, Java 17 and internet access (OFBiz's Gradle
# wrapper downloads Gradle and OFBiz's libraries).
#
#   scripts/quickstart.sh [target-dir]        (default: ./ofbiz-affiliatecontests)
#   OFBIZ_REF=trunk scripts/quickstart.sh     (another branch, tag or commit)
set -euo pipefail

OFBIZ_REPO=${OFBIZ_REPO:-https://github.com/apache/ofbiz-framework.git}
OFBIZ_REF=${OFBIZ_REF:-release24.09.01}
target=${1:-ofbiz-affiliatecontests}
component=$(cd "$(dirname "$0")/.." && pwd)

if [ ! -d "$target/.git" ]; then
    git clone --depth 1 --branch "$OFBIZ_REF" "$OFBIZ_REPO" "$target"
fi
mkdir -p "$target/plugins"
if [ ! -e "$target/plugins/affiliatecontests" ]; then
    # a copy, not a link: OFBiz's build scans plugins/ and must see the component's own files
    cp -R "$component" "$target/plugins/affiliatecontests"
    rm -rf "$target/plugins/affiliatecontests/target" "$target/plugins/affiliatecontests/.git"
fi
cd "$target"
./gradlew --no-daemon loadAll ofbiz
