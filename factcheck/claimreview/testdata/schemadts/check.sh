#!/bin/sh
# check.sh FILE — type-checks a ClaimReview JSON-LD export (the JSON array
# claimreview.Write prints) against schema-dts, the TypeScript types of
# schema.org, as WithContext<ClaimReview>[].
#
# Run from anywhere; it installs the pinned schema-dts and typescript
# (package-lock.json) on first use with `npm ci`. Exits 0 with
# "skipped: no node" when node or npm is not installed, 1 when the file does
# not type-check, 2 on bad usage.
set -eu

if [ $# -ne 1 ]; then
	echo "usage: check.sh FILE.jsonld" >&2
	exit 2
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "skipped: no node"
	exit 0
fi

case $1 in
/*) file=$1 ;;
*) file=$(pwd)/$1 ;;
esac
if [ ! -r "$file" ]; then
	echo "check.sh: cannot read $1" >&2
	exit 2
fi

dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir"
if [ ! -d node_modules/schema-dts ] || [ ! -d node_modules/typescript ]; then
	npm ci --no-audit --no-fund --loglevel=error >&2
fi

# The .ts file lives here so that tsconfig.json and node_modules apply; it is
# ignored by git and removed on exit.
ts=$dir/export.gen.ts
trap 'rm -f "$ts"' EXIT
{
	echo 'import type { ClaimReview, WithContext } from "schema-dts";'
	printf 'export const reviews: WithContext<ClaimReview>[] = '
	cat "$file"
	echo ';'
} >"$ts"

if npx --no-install tsc --noEmit -p tsconfig.json; then
	echo "ok: $1 type-checks as WithContext<ClaimReview>[]"
else
	echo "check.sh: $1 does not type-check as WithContext<ClaimReview>[]" >&2
	exit 1
fi
