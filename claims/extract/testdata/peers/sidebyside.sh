#!/bin/sh
# sidebyside.sh measures claims/extract beside its npm peers on the same
# text (issue 3, items 7 and 8): the Go corpus benchmarks and bench.mjs
# (chrono-node, Recognizers-Text) run in alternation, round by round, each
# on one core (Go with -test.cpu 1, Node's JavaScript on its one thread), so
# that a busy shared machine weighs on both alike; both report throughput
# per second of wall time (MB/s) and of process CPU time (cpu-MB/s); then the
# slow recognizers once on a 200-article sample, and the peak memory of one
# extraction pass over the corpus. All results go through benchstat.
#
#	cd claims/extract/testdata/peers && npm ci
#	./sidebyside.sh ../../../../../shared/corpus/bbc-news-2005.tar.gz [ROUNDS]
#
# The Go benchmarks find the corpus at ../shared/corpus relative to the
# module; the argument is for bench.mjs and should name the same file.
# With CORE set, both sides are pinned to that core with taskset (on a
# machine shared with other work, leave it unset: a pinned process cannot
# move off a busy core).
set -eu

if [ $# -lt 1 ]; then
	echo "usage: $0 CORPUS.tar.gz [ROUNDS]" >&2
	exit 2
fi
peers=$(cd "$(dirname "$0")" && pwd)
pkg=$(cd "$peers/../.." && pwd)
corpus=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
rounds=${2:-5}
out=$(mktemp -d)
pin=""
if [ -n "${CORE:-}" ]; then pin="taskset -c $CORE"; fi
benchstat=$(command -v benchstat || echo "$(go env GOPATH)/bin/benchstat")

echo "# $(date -u +%Y-%m-%dT%H:%MZ)  nproc $(nproc)  $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo "# $(go version)  node $(node --version)  commit $(git -C "$pkg" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "# pinned: ${pin:-no}  rounds: $rounds  results in $out"
echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"

(cd "$pkg" && go test -c -o "$out/extract.test" .)

i=0
while [ "$i" -lt "$rounds" ]; do
	i=$((i + 1))
	(cd "$pkg" && $pin "$out/extract.test" -test.run '^$' -test.bench 'Corpus' -test.cpu 1 -test.count 1) >>"$out/go.txt"
	$pin node "$peers/bench.mjs" --gofmt --passes 1 --only chrono,number "$corpus" | grep -E '^(pkg:|Benchmark)' >>"$out/npm.txt"
	echo "# round $i done, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
$pin node "$peers/bench.mjs" --gofmt --only currency,datetime "$corpus" | grep -E '^(pkg:|Benchmark)' >>"$out/npm.txt"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
grep -E '^Benchmark' "$out/go.txt" "$out/npm.txt" | sed "s|^$out/||"
echo
"$benchstat" -table '' -col '' -filter '.unit:(sec/op OR B/s OR cpu-MB/s)' "$out/go.txt" "$out/npm.txt"
echo
echo "# medians: MB/s of wall time and cpu-MB/s of process CPU time (10^6 bytes; benchstat's B/s above is in MiB):"
for unit in MB/s cpu-MB/s; do
	grep -hE '^Benchmark' "$out/go.txt" "$out/npm.txt" | awk -v u="$unit" '{
		for (i = 3; i <= NF; i++) if ($i == u) print $1, $(i-1)
	}' | sort -k1,1 -k2,2g | awk -v u="$unit" '
		function flush() { if (n) printf "%-40s %8.3f %-9s (min %.3f, max %.3f, n %d)\n", name, (n % 2 ? v[(n+1)/2] : (v[n/2] + v[n/2+1]) / 2), u, v[1], v[n], n }
		$1 != name { flush(); name = $1; n = 0 }
		{ v[++n] = $2 }
		END { flush() }'
done
echo
echo "# peak memory of one extraction pass over the corpus (kb=none, then kb=alaska):"
(cd "$pkg" && /usr/bin/time -v "$out/extract.test" -test.run '^$' -test.bench BenchmarkExtractCorpus -test.benchtime 1x -test.cpu 1) 2>"$out/time.txt" | grep -E '^Benchmark'
grep -E 'Maximum resident|Elapsed' "$out/time.txt"
