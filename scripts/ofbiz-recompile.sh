#!/usr/bin/env bash
# Recompile only this component inside an OFBiz home built by ../shared/ofbiz-kit/build.sh (seconds
# instead of the kit's two-minute full build). Developer convenience: OFBiz's own Gradle build and CI's
# full kit build never use it.
#
#   scripts/ofbiz-recompile.sh OFBIZ_HOME [--with-benchmark]
#
# Copies this checkout to OFBIZ_HOME/plugins/affiliatecontests (no .git, target, benchmark), recompiles
# its src/main/java then src/main/groovy into the home's build/classes, and copies its config/ into
# build/resources/main. Stop OFBiz first; the Derby data is kept.
# The test-only benchmark component (benchmark/, see benchmark/README.md) is installed as
# plugins/affiliatecontestsbench with --with-benchmark, and refreshed and recompiled whenever the home
# already has it. Never install it in a store's OFBiz.
set -euo pipefail
SRC="$(cd "$(dirname "$0")/.." && pwd)"
HOME_DIR="$(cd "${1:?usage: $0 OFBIZ_HOME [--with-benchmark]}" && pwd)"
WITH_BENCH=${2:-}
cd "$HOME_DIR"
[ -f build/kit-lib-order.lst ] || { echo "not a kit-built OFBiz home: $HOME_DIR" >&2; exit 1; }
PLUGIN=plugins/affiliatecontests
rm -rf "$PLUGIN"; mkdir -p "$PLUGIN"
(cd "$SRC" && tar -cf - --exclude=./.git --exclude=./target --exclude=./benchmark --exclude=node_modules .) | (cd "$PLUGIN" && tar -xf -)

JARS_CP="$(paste -sd: build/kit-lib-order.lst)"
CLS_JAVA=build/classes/java/main
CLS_GROOVY=build/classes/groovy/main
rm -rf "$CLS_JAVA/com/affiliatecontests" "$CLS_GROOVY/com/affiliatecontests"
find "$PLUGIN/src/main/java" -name '*.java' > build/ac-java-sources.txt
javac -d "$CLS_JAVA" -cp "$CLS_JAVA:$JARS_CP" -encoding UTF-8 -source 17 -target 17 -proc:none -nowarn \
    -Xlint:none @build/ac-java-sources.txt
find "$PLUGIN/src/main/groovy" -name '*.groovy' > build/ac-groovy-sources.txt
java -Xmx1500m -cp "$JARS_CP" org.codehaus.groovy.tools.FileSystemCompiler \
    -cp "$CLS_JAVA:$CLS_GROOVY:$JARS_CP" --encoding UTF-8 -d "$CLS_GROOVY" @build/ac-groovy-sources.txt
cp "$PLUGIN"/config/* build/resources/main/
echo "recompiled affiliatecontests in $HOME_DIR"

BENCH=plugins/affiliatecontestsbench
if [ "$WITH_BENCH" = --with-benchmark ] || [ -d "$BENCH" ]; then
    rm -rf "$BENCH"; mkdir -p "$BENCH"
    (cd "$SRC/benchmark" && tar -cf - .) | (cd "$BENCH" && tar -xf -)
    rm -rf "$CLS_GROOVY/com/affiliatecontests/ofbiz/bench"
    find "$BENCH/src/main/groovy" -name '*.groovy' > build/acb-groovy-sources.txt
    java -Xmx1000m -cp "$JARS_CP" org.codehaus.groovy.tools.FileSystemCompiler \
        -cp "$CLS_JAVA:$CLS_GROOVY:$JARS_CP" --encoding UTF-8 -d "$CLS_GROOVY" @build/acb-groovy-sources.txt
    cp "$BENCH"/config/* build/resources/main/
    echo "recompiled affiliatecontestsbench (test-only benchmarks) in $HOME_DIR"
fi
