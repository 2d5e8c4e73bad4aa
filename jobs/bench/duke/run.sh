#!/usr/bin/env bash
# Compares recon's matching with Duke 1.2 (no.priv.garshol.duke:duke:1.2 from Maven Central) on one generated
# 40,000-child county (532823, seed 7, 2026Q3; 69,259 户籍/学籍/roster records): the same records, both scored
# pairwise against the generator's truth, and timed. Not part of the build; run it by hand on a quiet machine:
#
#   bash jobs/bench/duke/run.sh [WORK]      (WORK defaults to /tmp/recon-duke; about three minutes)
#
# 1. generates the county and runs `recon run` on it through ./recon (which starts a county-sized run with the quick
#    JIT compiler alone, see README "Which JIT, and huge pages") in a home of its own under WORK (its own embedded database, the
#    project's config/ and mappings/), and reads the match step's time from that run's log; then once more with the
#    JVM's default tiered compilation, as the scheduler's long-lived JVM runs;
# 2. exports the ingested, normalised records from a copy of that database into one CSV (export.sql);
# 3. runs Duke 1.2 on it (duke.xml: one CSV data source, deduplication, 2 threads) and times the JVM from start to
#    exit;
# 4. scores both pairwise over the transitive closure of their links (harness.py);
# 5. matches the same county 8 times in one JVM (`recon benchmark --seed 7 --quarter 2026Q3 --repeat 8`, a home of its
#    own): the first round pays for compiling the code as a fresh JVM does, the last five show the step compiled, as
#    the scheduler's JVM runs it once its first nightly status refresh has matched.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
WORK="${1:-/tmp/recon-duke}"
DUKE_JVM=(${DUKE_JAVA_OPTS:--Xmx3g})
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
GEN="$WORK/gen/2026Q3"
export TRUTH="$GEN/truth/links.csv" RECORDS="$WORK/records.csv"

"$ROOT/recon" --version > /dev/null   # builds jobs/target/recon.jar when the sources changed
if [ ! -f "$TRUTH" ]; then
  "$ROOT/recon" generate --children 40000 --county 532823 --out "$WORK/gen" --quarter 2026Q3 --seed 7 > /dev/null
fi

# runs `recon run` on the county through ./recon in home $1, logging to $2 (RECON_JIT, RECON_JAVA_OPTS as set)
run_recon() {
  rm -rf "$1" && mkdir -p "$1"
  ln -s "$ROOT/config" "$1/config" && ln -s "$ROOT/mappings" "$1/mappings"
  RECON_HOME="$1" "$ROOT/recon" run --quarter 2026Q3 --hukou "$GEN/hukou.csv" --school "$GEN/school.xlsx" \
    --roster "$GEN/roster.xlsx" --visits "$GEN/visits.csv" --out "$1/out" > "$2" 2>&1
  grep -m1 -o "Java [0-9]*, .*" "$1/logs/recon.log"
}

echo "== recon run, started by ./recon (match step timed from its log)"
HOME_DIR="$WORK/home"
run_recon "$HOME_DIR" "$WORK/recon-run.log"
python3 "$HERE/harness.py" match-steps "$HOME_DIR/logs/recon.log" | tee "$WORK/recon-step.txt"
echo "== the same with the JVM's default tiered compilation"
RECON_JIT=tiered run_recon "$WORK/home-tiered" "$WORK/recon-run-tiered.log"
python3 "$HERE/harness.py" match-steps "$WORK/home-tiered/logs/recon.log" | tee "$WORK/recon-step-tiered.txt"

echo "== export of the ingested records"
H2_JAR="$(unzip -Z1 "$ROOT/jobs/target/recon.jar" | grep -m1 'BOOT-INF/lib/h2-.*\.jar')"
mkdir -p "$WORK/lib" "$WORK/db"
unzip -o -q -j "$ROOT/jobs/target/recon.jar" "$H2_JAR" -d "$WORK/lib"
cp "$HOME_DIR/data/recon.mv.db" "$WORK/db/recon.mv.db"
sed "s#@RAW@#$WORK/records.raw.csv#" "$HERE/export.sql" > "$WORK/export.sql"
java -cp "$WORK/lib/$(basename "$H2_JAR")" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/db/recon" -user sa \
  -password "" -script "$WORK/export.sql" > /dev/null
python3 "$HERE/harness.py" finalize "$WORK/records.raw.csv" "$RECORDS"

echo "== Duke 1.2"
if [ ! -f "$WORK/duke-lib/duke-1.2.jar" ]; then
  "$ROOT/mvnw" -q -B -f "$HERE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$WORK/duke-lib"
fi
sed "s#@RECORDS@#$RECORDS#" "$HERE/duke.xml" > "$WORK/duke.xml"
rm -f "$WORK/duke-links.csv"
start=$(date +%s.%N)
java "${DUKE_JVM[@]}" -cp "$WORK/duke-lib/*" no.priv.garshol.duke.Duke --threads=2 --linkfile="$WORK/duke-links.csv" \
  "$WORK/duke.xml" > "$WORK/duke.log" 2>&1
end=$(date +%s.%N)
duke=$(python3 -c "print('%.1f' % ($end - $start))")
echo "Duke wall time: $duke s (JVM start to exit, reading the CSV included)"

echo "== scores (pairwise, transitive closure of the links)"
python3 "$HERE/harness.py" score-duke "$WORK/duke-links.csv" "$RECORDS"
python3 "$HERE/harness.py" score-recon "$HOME_DIR/out/2026Q3/links.csv" "$RECORDS"
cmp "$HOME_DIR/out/2026Q3/links.csv" "$WORK/home-tiered/out/2026Q3/links.csv" && echo "recon: links.csv is byte for byte the same under either JIT"
for run in "" "-tiered"; do
  read -r step engine < <(sed -E 's/.*step: ([0-9.]+) s .*engine ([0-9.]+) s.*/\1 \2/' "$WORK/recon-step$run.txt")
  python3 -c "print('recon match step%s %s s, Duke %s s: %.1fx faster (engine alone %s s: %.1fx)' % (' (tiered JIT)' if '$run' else '', '$step', '$duke', $duke / $step, '$engine', $duke / $engine))"
done

echo "== recon's match step compiled (the same county, matched 8 times in one JVM, as the scheduler's JVM runs it"
echo "   after its first nightly status refresh; the first round is a fresh JVM's)"
BENCH_HOME="$WORK/bench-home"
rm -rf "$BENCH_HOME" && mkdir -p "$BENCH_HOME"
ln -s "$ROOT/config" "$BENCH_HOME/config" && ln -s "$ROOT/mappings" "$BENCH_HOME/mappings"
bench=(env RECON_HOME="$BENCH_HOME" RECON_JIT=tiered "$ROOT/recon"
  benchmark --county 532823 --children 40000 --seed 7 --quarter 2026Q3 --work "$BENCH_HOME/work")
"${bench[@]}" --to ingest > "$WORK/recon-bench.log" 2>&1
"${bench[@]}" --from match --to match --repeat 8 >> "$WORK/recon-bench.log" 2>&1
python3 "$HERE/harness.py" compiled-steps "$BENCH_HOME/logs/recon.log" "$WORK/recon-bench.log" "$duke"
