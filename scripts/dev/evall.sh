#!/bin/bash
# Why this file exists: runs evall.mjs in two processes (one a core) over a files list and sorts their rows into ev.txt.
# Usage: bash scripts/dev/evall.sh <treeRoot> <outDir> <filesList>
root=$1; out=$2; list=$3
mkdir -p $out
node "$(dirname "$0")/evall.mjs" $root $out $list --jobs 0/2 > $out/ev.0 2>$out/err.0 &
node "$(dirname "$0")/evall.mjs" $root $out $list --jobs 1/2 > $out/ev.1 2>$out/err.1
wait
sort $out/ev.0 $out/ev.1 > $out/ev.txt
cat $out/err.0 $out/err.1 >&2
grep -c . $out/ev.txt; grep -c MISMATCH $out/ev.txt
