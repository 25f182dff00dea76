#!/usr/bin/env bash
# Fuzzes each libFuzzer target (built by the asan preset) for a bounded time,
# starting from its committed seed corpus; what it finds new goes to a scratch
# folder, so the committed corpus stays as it is. A crash fails the script and
# leaves the input that caused it in build/asan/fuzz-artifacts/.
#   MODEDESK_FUZZ_SECONDS  time per target (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${MODEDESK_FUZZ_SECONDS:-60}"
build=build/asan
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
for corpus in tests/fuzz/corpus/*/; do
  target=$(basename "$corpus")
  scratch=$(mktemp -d)
  echo "== fuzz_$target for $seconds s"
  ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=16 "$build/tests/fuzz/fuzz_$target" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
    "$scratch" "$corpus" 2>&1 | grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|ERROR|SUMMARY|Test unit written" || true
  status=${PIPESTATUS[0]}
  rm -rf "$scratch"
  if [ "$status" -ne 0 ]; then
    echo "fuzz_$target failed (exit $status): see $artifacts" >&2
    exit 1
  fi
done
