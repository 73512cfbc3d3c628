#!/usr/bin/env bash
# Installs every Debian 12 package Bianmin Kiosk needs to build, test and run.
# Idempotent: packages already present are skipped, so running it twice is cheap.
set -euo pipefail

BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-serialport-dev qt6-multimedia-dev qt6-speech-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-virtualkeyboard-dev
  libssl-dev libzxing-dev libgooglepinyin0-dev libsqlite3-dev
)

RUNTIME_PACKAGES=(
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtqml-models qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin
  qml6-module-qt-labs-folderlistmodel
  qml6-module-qttexttospeech qt6-speech-speechd-plugin qml6-module-qtmultimedia
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  fonts-noto-cjk
  fonts-wqy-microhei
)

TEST_PACKAGES=(
  qml6-module-qttest poppler-utils sqlite3 clang libclang-rt-14-dev
)

wanted=("${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}")
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "installer: all ${#wanted[@]} Debian packages already installed"
  exit 0
fi

echo "installer: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
