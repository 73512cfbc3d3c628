#!/usr/bin/env bash
# README's first command: installs what is missing, builds the three programs, and starts the kiosk in
# demo mode against a local county platform:
#   - a county CA, a server certificate and this kiosk's client certificate (generated once),
#   - bianmin-county serving PROTOCOL.md on https://127.0.0.1:8443 with mutual TLS,
#   - a kiosk data directory (SQLite, keys) configured to sync with it,
#   - bianmin-kiosk --demo, windowed (or on $QT_QPA_PLATFORM, e.g. offscreen).
# Safe to run twice: everything that exists is kept. Stop with Ctrl-C; the county server stops with it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/debian-packages.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2 --target bianmin bianmin-kiosk bianmin-county

demo="${BIANMIN_DEMO_DIR:-$HOME/.local/share/bianmin-demo}"
port="${BIANMIN_DEMO_PORT:-8443}"
kiosk_id="demo-kiosk-01"
ca="$demo/county-ca"
bin="$PWD/build/app"

mkdir -p "$demo"
if [ ! -f "$ca/ca.pem" ]; then
    "$bin/county/bianmin-county" ca init --dir "$ca" --name "Demo County CA"
    "$bin/county/bianmin-county" ca issue-server localhost --dir "$ca"
    "$bin/county/bianmin-county" ca issue-kiosk "$kiosk_id" --dir "$ca"
fi

"$bin/cli/bianmin" --data "$demo" init
cfg() { "$bin/cli/bianmin" --data "$demo" config set "$1" "$2" >/dev/null; }
cfg kiosk.id "$kiosk_id"
cfg kiosk.name "华田村便民服务中心（演示）"
cfg kiosk.phone "023-7777 1234"
cfg county.url "https://127.0.0.1:$port"
cfg county.ca "$ca/ca.pem"
cfg kiosk.cert "$ca/kiosk-$kiosk_id.pem"
cfg kiosk.key "$ca/kiosk-$kiosk_id.key"

"$bin/county/bianmin-county" serve --listen "127.0.0.1:$port" --db "$demo/county.db" \
    --cert "$ca/server.pem" --key "$ca/server.key" --client-ca "$ca/ca.pem" &
county_pid=$!
trap 'kill "$county_pid" 2>/dev/null || true' EXIT
echo "demo: county platform on https://127.0.0.1:$port (pid $county_pid), kiosk data in $demo"

"$bin/kiosk/bianmin-kiosk" --demo --data "$demo" "$@"
