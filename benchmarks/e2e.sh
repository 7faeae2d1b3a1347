#!/bin/sh
# End to end: time `nianbao validate` over a directory of N generated text reports, with its peak
# memory (maximum resident set size). Run from the repository root after
#   mvn -B -q package -DskipTests
# Usage: benchmarks/e2e.sh [N (default 20000)] [DIR (default benchmarks/target/e2e-reports)]
set -eu
N=${1:-20000}
DIR=${2:-benchmarks/target/e2e-reports}
if [ ! -d "$DIR" ] || [ "$(find "$DIR" -name '*.txt' | wc -l)" -ne "$N" ]; then
  rm -rf "$DIR"
  java -cp benchmarks/target/benchmarks.jar io.github.nianbao.benchmarks.GenerateReports "$DIR" "$N"
fi
echo "nianbao validate over $N files in $DIR ($(nproc) processors)"
status=0
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v java -Xmx512m -jar examples/target/nianbao.jar validate "$DIR" \
    > benchmarks/target/e2e-output.txt 2> benchmarks/target/e2e-time.txt || status=$?
  grep -E 'Elapsed|Maximum resident|User time|System time|Percent of CPU' benchmarks/target/e2e-time.txt
else
  start=$(date +%s.%N)
  java -Xmx512m -jar examples/target/nianbao.jar validate "$DIR" \
    > benchmarks/target/e2e-output.txt || status=$?
  end=$(date +%s.%N)
  echo "elapsed: $(echo "$end - $start" | bc) s (no /usr/bin/time: peak memory not measured)"
fi
echo "exit status $status (0: no errors, 1: error findings, 2: unreadable input)"
tail -n 3 benchmarks/target/e2e-output.txt
