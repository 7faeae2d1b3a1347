#!/usr/bin/env bash
# The evaluation of Tabula (technology.tabula:tabula 1.0.5, on PDFBox 2.0.24) against the PDF
# reader's own grid builder: Tabula's lattice tables of a PDF, their rows fed to the same
# recogniser (GridReader; empty cells before a row's first text dropped, the section headings that
# Tabula does not extract put in by hand), scored against the report's cells. Not part of the
# build: Tabula needs PDFBox 2.x, which cannot share a class path with the reader's PDFBox 3.
#   tabula-eval.sh FILE.pdf EXPECTED(.expected|seed .txt) [TITLE]
# Needs network once (Maven fetches Tabula into a scratch project) and the module's classes built.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>x</groupId><artifactId>tabula-eval</artifactId><version>1</version>
<dependencies><dependency><groupId>technology.tabula</groupId><artifactId>tabula</artifactId>
<version>1.0.5</version></dependency></dependencies></project>
POM
(cd "$work" && mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib >/dev/null)
java -cp "$(ls "$work"/lib/*.jar | tr '\n' ':')" technology.tabula.CommandLineApp -l -p all -f JSON \
  "$1" -o "$work/tables.json"
(cd "$root" && mvn -B -q -o -pl serialization/pdf -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null)
cp="$root/core/target/classes:$root/serialization/target/classes:$(cat "$work/cp.txt")"
java -cp "$cp" "$here/TabulaScore.java" "$work/tables.json" "$2" "${3:-淮安市人民政府2024年政府信息公开工作年度报告}"
