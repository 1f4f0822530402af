#!/usr/bin/env bash
# Called by .ci/run after the build (issue 19): two app instances, each with WEB_CONCURRENCY workers, on one
# PostgreSQL database and one S3 bucket (the s3rver stand-in), behind nginx; then the Playwright project "instances".
# Usage: .ci/two-instances.sh WORK_DIR POSTGRES_ADMIN_URL DATABASE_NAME
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$1
PG_ADMIN_URL=$2
DB_NAME=$3
FRONT=3200 A=3201 B=3202
PIDS=()
fail() { printf '\n✗ CI (two instances): %s\n' "$*" >&2; exit 1; }
stop() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  command -v apt-get >/dev/null || fail "nginx is missing and there is no apt-get to install it"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# One bucket for both instances: the S3 stand-in (s3rver), as a province would use MinIO or a cloud store.
S3_PORT=3209
node --import tsx scripts/s3-standin.ts --port "$S3_PORT" --dir "$WORK/s3" --bucket guongsang >"$WORK/s3.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do grep -q "S3 stand-in ready" "$WORK/s3.log" 2>/dev/null && break; sleep 0.5; done
grep -q "S3 stand-in ready" "$WORK/s3.log" || { cat "$WORK/s3.log"; fail "the S3 stand-in did not start"; }
export STORAGE_URL="s3://guongsang?endpoint=http://127.0.0.1:${S3_PORT}&region=us-east-1" AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
# Uploads must reach the bucket, never a local folder: this one stays empty (checked at the end).
export UPLOAD_DIR="$WORK/uploads-unused"

psql "$PG_ADMIN_URL" -qc "CREATE DATABASE ${DB_NAME}"
export DATABASE_URL="${PG_ADMIN_URL%/*}/${DB_NAME}"
npm run db:seed

# What several machines must share: the session key, the server actions key, the database and the store.
export AUTH_SECRET=$(openssl rand -hex 32)
export NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=$(openssl rand -base64 32)
export TRUSTED_PROXIES=127.0.0.1 WEB_CONCURRENCY=2
# The journey lets the public notice end by moving the clock that notice deadlines read (e2e/clock.ts).
export E2E_CLOCK_FILE="$WORK/instances-clock" GS_CLOCK_FILE="$WORK/instances-clock"
for port in $A $B; do
  node dist/serve.mjs -p "$port" >"$WORK/instance-$port.log" 2>&1 &
  PIDS+=($!)
done
for port in $A $B; do
  for _ in $(seq 1 90); do curl -fsS "http://127.0.0.1:$port/api/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fsS "http://127.0.0.1:$port/api/ready" >/dev/null || { tail -30 "$WORK/instance-$port.log"; fail "instance on port $port is not ready"; }
done

mkdir -p "$WORK/nginx"
sed -e "s#@WORK@#$WORK/nginx#g" -e "s/@FRONT@/$FRONT/" -e "s/@A@/$A/" -e "s/@B@/$B/" .ci/nginx-two-instances.conf >"$WORK/nginx/nginx.conf"
"$NGINX" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
for _ in $(seq 1 20); do curl -fsS "http://127.0.0.1:$FRONT/api/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "http://127.0.0.1:$FRONT/api/ready" >/dev/null || { cat "$WORK/nginx/nginx-error.log" 2>/dev/null; fail "nginx does not answer on port $FRONT"; }

E2E_BASE_URL="http://127.0.0.1:$FRONT" GS_FRONT="http://127.0.0.1:$FRONT" GS_INSTANCE_A="http://127.0.0.1:$A" GS_INSTANCE_B="http://127.0.0.1:$B" \
  npx playwright test --project=instances || { tail -n 20 "$WORK/instance-$A.log" "$WORK/instance-$B.log"; fail "the two-instance journey failed"; }
# Every file the journey stored is in the bucket and none on a local disk.
npm run storage:check || fail "storage:check found rows whose file is missing from the bucket"
[ -z "$(find "$UPLOAD_DIR" -type f ! -path '*/.cache/*' 2>/dev/null | head -1)" ] || fail "an upload was written to the local folder instead of the bucket"
echo "✓ two instances: journey passed, every file in the bucket"
