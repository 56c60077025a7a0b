#!/usr/bin/env bash
# The CLI contract other tools rely on: commands, exit codes and JSON fields.
# Usage: cli_contract.sh PATH/TO/jiayuan-cli
set -u
CLI="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0; passes=0
pass() { echo "ok - $1"; passes=$((passes + 1)); }
fail() { echo "not ok - $1"; failures=$((failures + 1)); }
expect_exit() { # expected-code description command...
  local want="$1" what="$2"; shift 2
  "$@" >"$WORK/out" 2>"$WORK/err"; local got=$?
  if [ "$got" -eq "$want" ]; then pass "$what"; else fail "$what (exit $got, wanted $want)"; cat "$WORK/out" "$WORK/err"; fi
}
json_field() { # file python-expression
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"
}

expect_exit 0 "--version" "$CLI" --version
grep -q "jiayuan-cli" "$WORK/out" || fail "--version names the program"
expect_exit 0 "--help" "$CLI" --help
expect_exit 2 "no command is a usage error" "$CLI"
expect_exit 2 "unknown command is a usage error" "$CLI" frobnicate

expect_exit 0 "id-check valid" "$CLI" id-check 11010519491231002X
grep -q "1949-12-31" "$WORK/out" || fail "id-check prints the birth date"
expect_exit 1 "id-check wrong check digit" "$CLI" id-check 110105194912310021
grep -q "X" "$WORK/out" || fail "id-check names the expected check digit"
expect_exit 0 "id-check 15-digit" "$CLI" id-check 110105491231001
grep -q "110105194912310011" "$WORK/out" || fail "id-check prints the 18-digit form"
expect_exit 2 "id-check without a number" "$CLI" id-check
expect_exit 0 "id-check --json" "$CLI" id-check 11010519491231002X --json
[ "$(json_field "$WORK/out" "d['valid'], d['birth_date'], d['sex']")" = "True 1949-12-31 F" ] || fail "id-check JSON fields"

expect_exit 1 "stats on a missing database" "$CLI" stats --db "$WORK/missing.sqlite" --json
[ -s "$WORK/err" ] || fail "a missing database is explained on stderr"
[ ! -e "$WORK/missing.sqlite" ] || fail "stats does not create a missing database"
head -c 5000 /dev/urandom >"$WORK/corrupt.sqlite"
expect_exit 1 "stats on a corrupt database" "$CLI" stats --db "$WORK/corrupt.sqlite"

expect_exit 0 "init" "$CLI" init --db "$WORK/empty.sqlite"
expect_exit 0 "stats --json on an empty database" "$CLI" stats --db "$WORK/empty.sqlite" --json
[ "$(json_field "$WORK/out" "d['communities'], d['residents']")" = "0 0" ] || fail "empty stats"

expect_exit 0 "demo" "$CLI" demo --db "$WORK/demo.sqlite" --seed 7
expect_exit 1 "demo refuses a database with data" "$CLI" demo --db "$WORK/demo.sqlite"
expect_exit 0 "stats --json" "$CLI" stats --db "$WORK/demo.sqlite" --json
for field in communities grids buildings households residents party_members; do
  v="$(json_field "$WORK/out" "d['$field'] if isinstance(d['$field'], int) else 'not-int'")"
  [ "$v" != "not-int" ] && [ "$v" -gt 0 ] || fail "stats field $field is a positive integer ($v)"
done
[ "$(json_field "$WORK/out" "d['buildings']")" = "62" ] || fail "the demo community has 62 buildings"

expect_exit 0 "residents search --json" "$CLI" residents search 王 --db "$WORK/demo.sqlite" --json --limit 5
[ "$(json_field "$WORK/out" "d['total'] > 0 and len(d['residents']) == 5 and all('王' in r['name'] for r in d['residents'])")" = "True" ] \
  || fail "search by surname finds 王"
name="$(json_field "$WORK/out" "d['residents'][0]['name']")"
expect_exit 0 "residents search plain" "$CLI" residents search "$name" --db "$WORK/demo.sqlite"
grep -q "$name" "$WORK/out" || fail "plain search prints the name"
expect_exit 2 "residents without action" "$CLI" residents --db "$WORK/demo.sqlite"

echo "cli contract: $passes checks passed, $failures failed"
[ "$failures" -eq 0 ]
