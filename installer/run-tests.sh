#!/usr/bin/env bash
# README's test command: installs what is missing, builds everything, runs every test through CTest.
# Safe to run twice: the package step skips what is installed and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/debian-packages.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBIANMIN_WERROR=ON
cmake --build build -j2
cd build
ctest --output-on-failure -j2 --timeout 600
