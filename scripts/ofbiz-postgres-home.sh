#!/usr/bin/env bash
# Turn an OFBiz home built by ../shared/ofbiz-kit/build.sh (embedded Derby) into a PostgreSQL-backed one,
# as a store does: a `localpostgres` datasource in the home's entityengine.xml, and every delegator's
# groups (org.apache.ofbiz, .olap, .tenant; default, default-no-eca and test) pointed at it.
#
#   scripts/ofbiz-postgres-home.sh OFBIZ_HOME
#
# Edits framework/entity/config/entityengine.xml and its copy build/resources/main/entityengine.xml (the
# kit's build copies config/ folders there; it comes first on the classpath, so it is the one OFBiz reads).
# Idempotent. Then: scripts/postgres-setup.sh, and run.sh OFBIZ_HOME load as for Derby.
# Environment: PG_DB (ofbiz), PG_USER (ofbiz), PG_PASSWORD (ofbiz), PG_HOST (127.0.0.1), PG_PORT (5432),
# PG_POOL_MAX (60 connections per OFBiz instance).
set -euo pipefail
HOME_DIR="$(cd "${1:?usage: $0 OFBIZ_HOME}" && pwd)"
for f in "$HOME_DIR/framework/entity/config/entityengine.xml" "$HOME_DIR/build/resources/main/entityengine.xml"; do
    [ -f "$f" ] || continue
    python3 - "$f" <<'PYEOF'
import os, re, sys
path = sys.argv[1]
s = open(path, encoding="utf-8").read()
env = lambda k, d: os.environ.get(k, d)
uri = f"jdbc:postgresql://{env('PG_HOST', '127.0.0.1')}:{env('PG_PORT', '5432')}/{env('PG_DB', 'ofbiz')}"
# OFBiz's docker/templates/postgres-entityengine.xml, one database for the three groups
ds = f'''    <datasource name="localpostgres"
            helper-class="org.apache.ofbiz.entity.datasource.GenericHelperDAO"
            schema-name="public"
            field-type-name="postgres"
            check-on-start="true"
            add-missing-on-start="true"
            use-fk-initially-deferred="false"
            alias-view-columns="false"
            join-style="ansi"
            use-binary-type-for-blob="true"
            use-order-by-nulls="true"
            offset-style="limit"
            result-fetch-size="50">
        <read-data reader-name="tenant"/>
        <read-data reader-name="seed"/>
        <read-data reader-name="seed-initial"/>
        <read-data reader-name="demo"/>
        <read-data reader-name="ext"/>
        <read-data reader-name="ext-test"/>
        <read-data reader-name="ext-demo"/>
        <inline-jdbc
                jdbc-driver="org.postgresql.Driver"
                jdbc-uri="{uri}"
                jdbc-username="{env('PG_USER', 'ofbiz')}"
                jdbc-password="{env('PG_PASSWORD', 'ofbiz')}"
                isolation-level="ReadCommitted"
                pool-minsize="2"
                pool-maxsize="{env('PG_POOL_MAX', '60')}"
                time-between-eviction-runs-millis="600000"/>
    </datasource>
'''
s = re.sub(r'\n    <datasource name="localpostgres".*?</datasource>\n', '\n', s, flags=re.S)
s = s.replace('\n    <datasource name="localderby"', '\n' + ds + '\n    <datasource name="localderby"', 1)
s = re.sub(r'(<group-map group-name="[^"]+" datasource-name=")[^"]+(")', r'\1localpostgres\2', s)
if 'name="localpostgres"' not in s or 'datasource-name="localderby' in s:
    sys.exit(f"{path}: could not add the localpostgres datasource")
open(path, "w", encoding="utf-8").write(s)
print(f"[pg] {path}: delegators on localpostgres ({uri})")
PYEOF
done
