#!/usr/bin/env bash
# Batch timing: generates a folder of articles (20,000 by default, about 80 MB, deterministic) and times
# `articlekit parse FOLDER --format jsonl` with -Xmx256m for --jobs 1 and --jobs 2.
#
#   mvn -B package                    # builds examples/benchmarks/target/benchmarks.jar and the CLI jar
#   examples/benchmarks/batch.sh
#
# Environment: COUNT (articles, default 20000), SEED (default 42), RUNS (runs per setting, the fastest
# counts; default 3), CLI_JAR, BENCH_JAR (defaults: the jars built by `mvn package`), KEEP=1 to keep the
# temporary folder. Times are wall-clock, JVM start-up included; CPU time (user + sys, all threads) is
# shown too. The speed-up needs two idle cores: check the load average printed with the results.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_JAR="${BENCH_JAR:-$ROOT/examples/benchmarks/target/benchmarks.jar}"
CLI_JAR="${CLI_JAR:-$ROOT/examples/cli/target/articlekit.jar}"
COUNT="${COUNT:-20000}"
SEED="${SEED:-42}"
RUNS="${RUNS:-3}"

for jar in "$BENCH_JAR" "$CLI_JAR"; do
  if [[ ! -f "$jar" ]]; then
    echo "batch.sh: $jar is missing; run 'mvn -B package' in $ROOT first" >&2
    exit 1
  fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/articlekit-batch.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  echo "Keeping $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi
CORPUS="$WORK/corpus"
# Run copies, so that a rebuild during the timings cannot swap the jars under the runs.
cp "$BENCH_JAR" "$WORK/benchmarks.jar"
cp "$CLI_JAR" "$WORK/articlekit.jar"
BENCH_JAR="$WORK/benchmarks.jar"
CLI_JAR="$WORK/articlekit.jar"

java -cp "$BENCH_JAR" io.github.articlekit.benchmarks.GenerateCorpus "$CORPUS" "$COUNT" "$SEED"
BYTES="$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }')"
FILES="$(find "$CORPUS" -type f -name '*.txt' | wc -l)"
# Read every file once so that both settings start from the page cache.
find "$CORPUS" -type f -exec cat {} + > /dev/null

# Runs the CLI RUNS times with --jobs $1; prints the fastest run's wall-clock and CPU (user + sys) seconds.
time_jobs() {
  local jobs="$1" best="" best_cpu="" run status lines real cpu
  local out="$WORK/out-jobs$jobs.jsonl" log="$WORK/cli-jobs$jobs.log" timing="$WORK/time-jobs$jobs"
  for ((run = 1; run <= RUNS; run++)); do
    rm -f "$out"
    set +e
    TIMEFORMAT="%R %U %S"
    { time java -Xmx256m -jar "$CLI_JAR" parse "$CORPUS" --format jsonl --out "$out" --jobs "$jobs" \
        > "$log" 2>&1; } 2> "$timing"
    status=$?
    set -e
    # Exit status 1 means some input was refused (reported in the log); no output at all is a failure.
    if [[ ! -s "$out" ]]; then
      echo "batch.sh: --jobs $jobs wrote no output (exit $status):" >&2
      tail -20 "$log" >&2
      exit 1
    fi
    lines="$(wc -l < "$out")"
    read -r real user sys < "$timing"
    cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')"
    echo "  --jobs $jobs run $run: ${real} s wall, ${cpu} s CPU, exit $status, $lines JSON lines" >&2
    if [[ -z "$best" ]] || awk -v a="$real" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$real"
      best_cpu="$cpu"
    fi
  done
  echo "$best $best_cpu"
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "Corpus: $FILES files, $BYTES bytes ($(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB); $(nproc) CPUs; best of $RUNS runs"
read -r T1 C1 <<< "$(time_jobs 1)"
read -r T2 C2 <<< "$(time_jobs 2)"
echo "Load average before/after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v b="$BYTES" -v t1="$T1" -v t2="$T2" -v c1="$C1" -v c2="$C2" 'BEGIN {
  printf "--jobs 1: %7.3f s wall  %7.1f MB/s  (%.3f s CPU)\n", t1, b / 1e6 / t1, c1
  printf "--jobs 2: %7.3f s wall  %7.1f MB/s  (%.3f s CPU)\n", t2, b / 1e6 / t2, c2
  printf "speed-up (--jobs 2 vs --jobs 1, wall): %.2fx (target >= 1.7x)\n", t1 / t2
}'
