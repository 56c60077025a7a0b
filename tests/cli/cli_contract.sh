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
# init leaves one unnamed community for imports and forms to fill.
[ "$(json_field "$WORK/out" "d['communities'], d['residents']")" = "1 0" ] || fail "empty stats"
[ "$(json_field "$WORK/out" "[d[f] for f in ('party_branches','cobuilding_units','meetings','mediation_cases','agency_services','activities','merchants')]")" = "[0, 0, 0, 0, 0, 0, 0]" ] \
  || fail "an empty database counts no party or governance records"
expect_exit 0 "demo after init" "$CLI" demo --db "$WORK/empty.sqlite" --seed 7
expect_exit 0 "stats after init and demo" "$CLI" stats --db "$WORK/empty.sqlite" --json
[ "$(json_field "$WORK/out" "d['communities']")" = "1" ] || fail "the demo replaces the unnamed community init made"

expect_exit 0 "demo" "$CLI" demo --db "$WORK/demo.sqlite" --seed 7
expect_exit 1 "demo refuses a database with data" "$CLI" demo --db "$WORK/demo.sqlite"
expect_exit 0 "stats --json" "$CLI" stats --db "$WORK/demo.sqlite" --json
for field in communities grids buildings households residents party_members; do
  v="$(json_field "$WORK/out" "d['$field'] if isinstance(d['$field'], int) else 'not-int'")"
  [ "$v" != "not-int" ] && [ "$v" -gt 0 ] || fail "stats field $field is a positive integer ($v)"
done
[ "$(json_field "$WORK/out" "d['buildings']")" = "62" ] || fail "the demo community has 62 buildings"
for field in volunteers teams points_outstanding honors; do
  v="$(json_field "$WORK/out" "d['$field'] if isinstance(d['$field'], int) else 'not-int'")"
  [ "$v" != "not-int" ] && [ "$v" -gt 0 ] || fail "stats field $field is a positive integer ($v)"
done
for field in party_branches cobuilding_units meetings mediation_cases agency_services activities merchants; do
  v="$(json_field "$WORK/out" "d['$field'] if isinstance(d['$field'], int) and not isinstance(d['$field'], bool) else 'not-int'")"
  [ "$v" != "not-int" ] && [ "$v" -gt 0 ] || fail "stats field $field is a positive integer ($v)"
done
[ "$(json_field "$WORK/out" "sorted(d['orders'].keys()) == sorted(['submitted','approved','dispatched','accepted','in_service','completed','rated','rejected','cancelled']) and all(isinstance(v, int) for v in d['orders'].values())")" = "True" ] \
  || fail "stats orders is an object of counts per state"
[ "$(json_field "$WORK/out" "d['orders']['rated'] > 0 and sum(d['orders'].values()) > 1000")" = "True" ] || fail "the demo has orders"
expect_exit 0 "demo --today --no-orders" "$CLI" demo --db "$WORK/plain.sqlite" --seed 7 --no-orders --today 2026-01-31
expect_exit 0 "stats of a demo without orders" "$CLI" stats --db "$WORK/plain.sqlite" --json
[ "$(json_field "$WORK/out" "d['volunteers'], sum(d['orders'].values()), d['points_outstanding']")" = "0 0 0" ] || fail "--no-orders leaves the supermarket empty"
expect_exit 2 "demo --today before 2025" "$CLI" demo --db "$WORK/early.sqlite" --today 2024-06-01

expect_exit 0 "residents search --json" "$CLI" residents search 王 --db "$WORK/demo.sqlite" --json --limit 5
[ "$(json_field "$WORK/out" "d['total'] > 0 and len(d['residents']) == 5 and all('王' in r['name'] for r in d['residents'])")" = "True" ] \
  || fail "search by surname finds 王"
name="$(json_field "$WORK/out" "d['residents'][0]['name']")"
expect_exit 0 "residents search plain" "$CLI" residents search "$name" --db "$WORK/demo.sqlite"
grep -q "$name" "$WORK/out" || fail "plain search prints the name"
expect_exit 2 "residents without action" "$CLI" residents --db "$WORK/demo.sqlite"

expect_exit 0 "stats before export" "$CLI" stats --db "$WORK/demo.sqlite" --json
residents="$(json_field "$WORK/out" "d['residents']")"
audits="$(json_field "$WORK/out" "d['audit_entries']")"
expect_exit 0 "export residents .xlsx --json" "$CLI" export residents --db "$WORK/demo.sqlite" --out "$WORK/roster.xlsx" --json
[ "$(json_field "$WORK/out" "d['rows'] == $residents and d['masked'] is True and d['out'].endswith('roster.xlsx')")" = "True" ] \
  || fail "export JSON fields: out, rows, masked"
python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert 'xl/worksheets/sheet1.xml' in z.namelist()" "$WORK/roster.xlsx" \
  || fail "the export is an .xlsx workbook"
expect_exit 0 "export residents .csv --unmasked --filter" "$CLI" export residents --db "$WORK/demo.sqlite" --out "$WORK/wang.csv" \
  --filter 王 --unmasked --json
[ "$(json_field "$WORK/out" "d['masked'] is False and d['rows'] > 0")" = "True" ] || fail "unmasked export JSON"
wang="$(json_field "$WORK/out" "d['rows']")"
[ "$(head -c 3 "$WORK/wang.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "the CSV starts with a BOM"
[ "$(python3 -c "import csv,sys; rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
print(len(rows) - 2 == $wang and rows[1][:3] == ['姓名', '性别', '身份证号'] and all('王' in r[0] for r in rows[2:])
      and all(len(r[2].strip()) == 18 and '*' not in r[2] for r in rows[2:] if r[2]))" "$WORK/wang.csv")" = "True" ] \
  || fail "the CSV has the header, only matching residents and full ID numbers"
expect_exit 0 "stats after an unmasked export" "$CLI" stats --db "$WORK/demo.sqlite" --json
[ "$(json_field "$WORK/out" "d['audit_entries']")" = "$((audits + 1))" ] || fail "an unmasked export is audited"
community="$(python3 -c "import csv,sys; print(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig')))[2][9])" "$WORK/wang.csv")"
expect_exit 0 "export residents --community NAME" "$CLI" export residents --db "$WORK/demo.sqlite" --out "$WORK/c.csv" \
  --community "$community"
grep -q "c.csv" "$WORK/out" || fail "export prints a summary line"
expect_exit 1 "export residents of an unknown community" "$CLI" export residents --db "$WORK/demo.sqlite" --out "$WORK/x.csv" \
  --community 不存在社区
[ ! -e "$WORK/x.csv" ] || fail "a failed export leaves no file"
expect_exit 2 "export without --out" "$CLI" export residents --db "$WORK/demo.sqlite"
expect_exit 2 "export to an unknown format" "$CLI" export residents --db "$WORK/demo.sqlite" --out "$WORK/x.txt"
expect_exit 2 "export without what" "$CLI" export --db "$WORK/demo.sqlite" --out "$WORK/x.csv"
expect_exit 1 "export into a missing folder" "$CLI" export residents --db "$WORK/demo.sqlite" --out "$WORK/missing/x.xlsx"

# Import: a messy CSV (title rows, GB18030, a mangled ID, a footer) into a database made by init alone.
expect_exit 0 "init for import" "$CLI" init --db "$WORK/imp.sqlite"
python3 - "$WORK/roster-gbk.csv" <<'PY'
import sys
def idfor(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(c) * k for c, k in zip(first17, w)) % 11]
rows = ["幸福社区居民花名册,,,,,", "姓名,性别,公民身份号码,与户主关系,家庭住址,联系电话",
        "王建国,男,%s,户主,12号楼3单元502室,138 4112 3456" % idfor("21021119560312011"),
        "李秀兰,女,%s,配偶,12号楼3单元502室," % idfor("21021119580704022"),
        ",,,,,", "赵敏,女,2.10211E+17,户主,12-3-601,", "制表人：张三,,,,,"]
open(sys.argv[1], "wb").write("\r\n".join(rows).encode("gb18030"))
PY
expect_exit 0 "import residents --dry-run" "$CLI" import residents "$WORK/roster-gbk.csv" --db "$WORK/imp.sqlite" --dry-run
[ "$(json_field "$WORK/out" "[d[k] for k in ('read','imported','updated','rejected','duplicates','skipped_blank')]")" = "[3, 2, 0, 1, 0, 1]" ] \
  || fail "import dry-run JSON counts"
expect_exit 0 "stats after a dry run" "$CLI" stats --db "$WORK/imp.sqlite" --json
[ "$(json_field "$WORK/out" "d['residents']")" = "0" ] || fail "a dry run writes nothing"
expect_exit 0 "import residents --errors" "$CLI" import residents "$WORK/roster-gbk.csv" --db "$WORK/imp.sqlite" --errors "$WORK/rejected.xlsx"
[ "$(json_field "$WORK/out" "d['imported'], d['rejected'], d['new_households']")" = "2 1 1" ] || fail "import JSON counts"
python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); x = z.read('xl/worksheets/sheet1.xml').decode(); assert '赵敏' in x or 'sharedStrings' in str(z.namelist())" "$WORK/rejected.xlsx" \
  || fail "the rejected rows come back as an .xlsx"
expect_exit 0 "import the same file again" "$CLI" import residents "$WORK/roster-gbk.csv" --db "$WORK/imp.sqlite"
[ "$(json_field "$WORK/out" "d['imported'], d['duplicates']")" = "0 2" ] || fail "a second import finds the duplicates"
expect_exit 0 "import residents .xlsx (our own export)" "$CLI" import residents "$WORK/roster.xlsx" --db "$WORK/imp.sqlite" --dry-run
[ "$(json_field "$WORK/out" "d['read'] == $residents and d['rejected'] == $residents")" = "True" ] \
  || fail "a masked export is read whole and every row rejected (its ID numbers are masked)"
expect_exit 1 "import a missing file" "$CLI" import residents "$WORK/none.xlsx" --db "$WORK/imp.sqlite"
printf 'a,b\r\n1,2\r\n' >"$WORK/noheader.csv"
expect_exit 1 "import a file without a header" "$CLI" import residents "$WORK/noheader.csv" --db "$WORK/imp.sqlite"
[ -s "$WORK/err" ] || fail "a file without a header is explained on stderr"
expect_exit 2 "import without what" "$CLI" import "$WORK/roster-gbk.csv" --db "$WORK/imp.sqlite"

# Reports: PDF (and .xlsx for tables). Text is checked with pdftotext when poppler-utils is there.
pdf_has() { # file text
  command -v pdftotext >/dev/null || return 0
  pdftotext -enc UTF-8 "$1" - 2>/dev/null | grep -qF "$2"
}
is_pdf() { [ "$(head -c 5 "$1" 2>/dev/null)" = "%PDF-" ]; }
year="$(date +%Y)"
expect_exit 2 "report without what" "$CLI" report --db "$WORK/demo.sqlite"
expect_exit 0 "report --help" "$CLI" report --help
expect_exit 2 "report certificate without --volunteer" "$CLI" report certificate --db "$WORK/demo.sqlite" --out "$WORK/c.pdf"
expect_exit 2 "report certificate to .xlsx" "$CLI" report certificate --db "$WORK/demo.sqlite" --volunteer 1 --out "$WORK/c.xlsx"
expect_exit 2 "report certificate with a bad date" "$CLI" report certificate --db "$WORK/demo.sqlite" --volunteer 1 --out "$WORK/c.pdf" --from 2026-13-45
expect_exit 2 "report volunteers without --year" "$CLI" report volunteers --db "$WORK/demo.sqlite" --out "$WORK/r.pdf"
expect_exit 2 "report volunteers with a bad year" "$CLI" report volunteers --db "$WORK/demo.sqlite" --year last --out "$WORK/r.pdf"
expect_exit 2 "report volunteers to .txt" "$CLI" report volunteers --db "$WORK/demo.sqlite" --year "$year" --out "$WORK/r.txt"
expect_exit 2 "report redemptions without --event" "$CLI" report redemptions --db "$WORK/demo.sqlite" --out "$WORK/e.pdf"
expect_exit 1 "report on a missing database" "$CLI" report volunteers --db "$WORK/missing.sqlite" --year "$year" --out "$WORK/r.pdf"
[ ! -e "$WORK/missing.sqlite" ] || fail "a report does not create a missing database"
expect_exit 1 "report certificate for an unknown volunteer" "$CLI" report certificate --db "$WORK/demo.sqlite" --volunteer 不存在的人 --out "$WORK/c.pdf"
[ -s "$WORK/err" ] && [ ! -e "$WORK/c.pdf" ] || fail "an unknown volunteer is explained and leaves no file"
expect_exit 1 "report redemptions of an unknown event" "$CLI" report redemptions --db "$WORK/demo.sqlite" --event 999999 --out "$WORK/e.pdf"
expect_exit 1 "report volunteers of an unknown community" "$CLI" report volunteers --db "$WORK/demo.sqlite" --year "$year" \
  --community 不存在社区 --out "$WORK/r.pdf"
expect_exit 1 "report into a missing folder" "$CLI" report volunteers --db "$WORK/demo.sqlite" --year "$year" --out "$WORK/missing/r.pdf"
expect_exit 0 "report volunteers .pdf" "$CLI" report volunteers --db "$WORK/demo.sqlite" --year "$year" --out "$WORK/ranking.pdf"
is_pdf "$WORK/ranking.pdf" || fail "the ranking is a PDF"
pdf_has "$WORK/ranking.pdf" "$year" || fail "the ranking PDF names the year as text"
expect_exit 0 "report volunteers .xlsx" "$CLI" report volunteers --db "$WORK/demo.sqlite" --year "$year" --out "$WORK/ranking.xlsx"
python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert 'xl/worksheets/sheet1.xml' in z.namelist()" "$WORK/ranking.xlsx" \
  || fail "the ranking .xlsx is a workbook"

# The party organisation's yearly reports: the demo assesses its branches and logs their meetings.
expect_exit 2 "report five-star without --year" "$CLI" report five-star --db "$WORK/demo.sqlite" --out "$WORK/fs.pdf"
expect_exit 0 "report five-star .pdf" "$CLI" report five-star --db "$WORK/demo.sqlite" --year "$year" --out "$WORK/five-star.pdf"
is_pdf "$WORK/five-star.pdf" || fail "the five-star report is a PDF"
pdf_has "$WORK/five-star.pdf" "$year" || fail "the five-star PDF names the year as text"
expect_exit 0 "report five-star .xlsx" "$CLI" report five-star --db "$WORK/demo.sqlite" --year "$year" --out "$WORK/five-star.xlsx"
expect_exit 0 "report party-meetings .pdf" "$CLI" report party-meetings --db "$WORK/demo.sqlite" --year "$year" --out "$WORK/meetings.pdf"
is_pdf "$WORK/meetings.pdf" || fail "the party meetings report is a PDF"
expect_exit 0 "report party-meetings .xlsx" "$CLI" report party-meetings --db "$WORK/demo.sqlite" --year "$year" --out "$WORK/meetings.xlsx"
python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert 'xl/worksheets/sheet1.xml' in z.namelist()" "$WORK/meetings.xlsx" \
  || fail "the party meetings .xlsx is a workbook"

# The demo may or may not have volunteers yet: when it has, print a real one's certificate.
volunteer="$(python3 - "$WORK/demo.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
try:
    row = db.execute("SELECT v.name FROM volunteer v JOIN points_ledger l ON l.volunteer_id = v.id AND l.kind = 'credit' "
                     "WHERE (SELECT count(*) FROM volunteer w WHERE w.name = v.name) = 1 ORDER BY v.id LIMIT 1").fetchone()
except sqlite3.Error:
    row = None
print(row[0] if row else "")
PY
)"
if [ -n "$volunteer" ]; then
  expect_exit 0 "report certificate for a demo volunteer" "$CLI" report certificate --db "$WORK/demo.sqlite" --volunteer "$volunteer" \
    --from 2000-01-01 --out "$WORK/demo-cert.pdf"
  is_pdf "$WORK/demo-cert.pdf" || fail "the demo certificate is a PDF"
  pdf_has "$WORK/demo-cert.pdf" "$volunteer" || fail "the demo certificate names $volunteer as text"
  event="$(python3 -c "import sqlite3,sys; r = sqlite3.connect(sys.argv[1]).execute('SELECT id FROM redemption_event ORDER BY id LIMIT 1').fetchone(); print(r[0] if r else '')" "$WORK/demo.sqlite")"
  if [ -n "$event" ]; then
    expect_exit 0 "report redemptions .pdf for a demo event" "$CLI" report redemptions --db "$WORK/demo.sqlite" --event "$event" --out "$WORK/ev.pdf"
    expect_exit 0 "report redemptions .xlsx for a demo event" "$CLI" report redemptions --db "$WORK/demo.sqlite" --event "$event" --out "$WORK/ev.xlsx"
  fi
else
  echo "# the demo has no volunteers with service yet: certificate checked on a prepared database only"
fi

# A database this script prepares: one volunteer with hours from paper records, one event.
expect_exit 0 "init for reports" "$CLI" init --db "$WORK/rep.sqlite"
python3 - "$WORK/rep.sqlite" "$year" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); year = sys.argv[2]
db.execute("INSERT INTO volunteer (name, id_type, id_number, volunteer_no, registered_on) VALUES "
           "('周志愿', 'resident_id', '11010519491231002X', 'ZY%s990001', '%s-01-02')" % (year, year))
db.execute("INSERT INTO points_ledger (volunteer_id, kind, points, hours, reason, approved_by, at, actor) "
           "VALUES (1, 'adjust', 6, 6.5, 'paper records', 'admin', '%s-01-03T02:00:00Z', 'contract')" % year)
db.execute("INSERT INTO redemption_event (name, held_on, place) VALUES ('积分兑换日', '%s-01-04', '党群服务中心')" % year)
db.commit()
PY
expect_exit 0 "report certificate by volunteer number" "$CLI" report certificate --db "$WORK/rep.sqlite" --volunteer "ZY${year}990001" \
  --out "$WORK/cert.pdf"
is_pdf "$WORK/cert.pdf" || fail "the certificate is a PDF"
pdf_has "$WORK/cert.pdf" "周志愿" || fail "the certificate's Chinese name extracts as text"
pdf_has "$WORK/cert.pdf" "6.5" || fail "the certificate shows the hours"
expect_exit 0 "report certificate by name, default period" "$CLI" report certificate --db "$WORK/rep.sqlite" --volunteer 周志愿 --out "$WORK/cert2.pdf"
expect_exit 0 "report volunteers on the prepared database" "$CLI" report volunteers --db "$WORK/rep.sqlite" --year "$year" --out "$WORK/rank2.pdf"
pdf_has "$WORK/rank2.pdf" "周志愿" || fail "the ranking lists the volunteer"
expect_exit 0 "report redemptions of an empty event" "$CLI" report redemptions --db "$WORK/rep.sqlite" --event 1 --out "$WORK/ev1.xlsx"

# Annual honors and statistics reports for party committees.
expect_exit 2 "report honors without --year" "$CLI" report honors --db "$WORK/demo.sqlite" --out "$WORK/h.pdf"
expect_exit 2 "report honors with a span that ends before it starts" "$CLI" report honors --db "$WORK/demo.sqlite" --year 2022 --to 2020 --out "$WORK/h.pdf"
expect_exit 1 "report honors of an unknown community" "$CLI" report honors --db "$WORK/demo.sqlite" --year 2021 --community 999999999999 --out "$WORK/h.pdf"
expect_exit 0 "report honors .pdf for 2018-2022" "$CLI" report honors --db "$WORK/demo.sqlite" --year 2018 --to 2022 --out "$WORK/honors.pdf"
is_pdf "$WORK/honors.pdf" || fail "the honors report is a PDF"
pdf_has "$WORK/honors.pdf" "毕唱" || fail "the honors report names the party secretary's honors"
pdf_has "$WORK/honors.pdf" "国家级" || fail "the honors report lists the national honors"
expect_exit 0 "report honors .xlsx for one community" "$CLI" report honors --db "$WORK/demo.sqlite" --year 2021 --community 210211014001 --out "$WORK/honors.xlsx"
python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert 'xl/worksheets/sheet1.xml' in z.namelist()" "$WORK/honors.xlsx" \
  || fail "the honors .xlsx is a workbook"
expect_exit 0 "report stats .pdf" "$CLI" report stats --db "$WORK/demo.sqlite" --year 2025 --out "$WORK/stats.pdf"
is_pdf "$WORK/stats.pdf" || fail "the statistics report is a PDF"
households="$("$CLI" stats --db "$WORK/demo.sqlite" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['households'])")"
pdf_has "$WORK/stats.pdf" "$households" || fail "the statistics report shows the households ($households)"
expect_exit 0 "report stats .xlsx" "$CLI" report stats --db "$WORK/demo.sqlite" --year 2025 --community 魅力社区 --out "$WORK/stats.xlsx"

# Grid maps and grid work (issue 5).
expect_exit 0 "stats for grid work" "$CLI" stats --db "$WORK/demo.sqlite" --json
[ "$(json_field "$WORK/out" "isinstance(d['care_visits_overdue'], int) and d['care_visits_overdue'] > 0")" = "True" ] \
  || fail "stats care_visits_overdue is a positive integer"
[ "$(json_field "$WORK/out" "sorted(d['incidents'].keys()) == sorted(['reported','accepted','in_progress','resolved','closed']) and all(isinstance(v, int) for v in d['incidents'].values()) and sum(d['incidents'].values()) > 0")" = "True" ] \
  || fail "stats incidents is an object of counts per state"
expect_exit 0 "export geojson" "$CLI" export geojson --db "$WORK/demo.sqlite" --out "$WORK/map.geojson" --community 210211014001
[ "$(json_field "$WORK/map.geojson" "d['type'] == 'FeatureCollection' and sum(1 for f in d['features'] if f['properties']['kind'] == 'grid') == 9 and sum(1 for f in d['features'] if f['properties']['kind'] == 'building') == 62")" = "True" ] \
  || fail "the GeoJSON holds 9 grids and 62 buildings"
# GDAL (gdal-bin, installed by scripts/deps.sh) is what a city GIS would read it with.
if command -v ogrinfo >/dev/null; then
  ogrinfo -ro -al -so "$WORK/map.geojson" >"$WORK/ogr" 2>&1 && grep -q "Feature Count: 71" "$WORK/ogr" \
    && ! grep -q "ERROR" "$WORK/ogr" || fail "GDAL reads the GeoJSON without error"
fi
expect_exit 0 "init for a geojson import" "$CLI" init --db "$WORK/map.sqlite"
expect_exit 0 "import geojson into a new database" "$CLI" import geojson "$WORK/map.geojson" --db "$WORK/map.sqlite"
[ "$(json_field "$WORK/out" "d['grids_created'], d['buildings_created'], d['skipped']")" = "9 62 0" ] || fail "the import creates the grids and buildings"
expect_exit 0 "import geojson again" "$CLI" import geojson "$WORK/map.geojson" --db "$WORK/map.sqlite"
[ "$(json_field "$WORK/out" "d['grids_created'], d['grids_updated'], d['buildings_created']")" = "0 9 0" ] || fail "a second import updates"
echo '{"type": "Feature' >"$WORK/broken.geojson"
expect_exit 1 "import geojson refuses broken JSON" "$CLI" import geojson "$WORK/broken.geojson" --db "$WORK/map.sqlite"
expect_exit 2 "export geojson without --out" "$CLI" export geojson --db "$WORK/demo.sqlite"
expect_exit 0 "report grid-board" "$CLI" report grid-board --db "$WORK/demo.sqlite" --out "$WORK/board.pdf" --community 210211014001
is_pdf "$WORK/board.pdf" || fail "the grid board is a PDF"
pdf_has "$WORK/board.pdf" "第1网格" || fail "the grid board names the grid"
expect_exit 2 "report grid-board to .xlsx" "$CLI" report grid-board --db "$WORK/demo.sqlite" --out "$WORK/board.xlsx"
expect_exit 0 "report grid-map A3" "$CLI" report grid-map --db "$WORK/demo.sqlite" --out "$WORK/map.pdf" --layer overdue_visits --size A3
is_pdf "$WORK/map.pdf" || fail "the grid map poster is a PDF"
expect_exit 2 "report grid-map with an unknown layer" "$CLI" report grid-map --db "$WORK/demo.sqlite" --out "$WORK/map.pdf" --layer nonsense
expect_exit 0 "report grid-ranking" "$CLI" report grid-ranking --db "$WORK/demo.sqlite" --year 2026 --month 11 --out "$WORK/rank.xlsx"
expect_exit 0 "report grid-bulletin" "$CLI" report grid-bulletin --db "$WORK/demo.sqlite" --out "$WORK/week.pdf"

# Backup, restore, check.
expect_exit 0 "check a demo database" "$CLI" check --db "$WORK/demo.sqlite"
expect_exit 0 "check --json" "$CLI" check --db "$WORK/demo.sqlite" --json
[ "$(json_field "$WORK/out" "d['ok'], d['integrity'], d['foreign_key_problems'], d['audit_chain']['ok'], d['audit_chain']['entries'] > 0")" = "True ok [] True True" ] \
  || fail "check JSON fields"
expect_exit 2 "check without --db" "$CLI" check
expect_exit 1 "check a missing database" "$CLI" check --db "$WORK/missing.sqlite"
expect_exit 0 "backup" "$CLI" backup --db "$WORK/demo.sqlite" --out "$WORK/demo-copy.sqlite"
[ ! -e "$WORK/demo-copy.sqlite-wal" ] || fail "a backup is one file, no -wal beside it"
expect_exit 1 "backup refuses to overwrite a file" "$CLI" backup --db "$WORK/demo.sqlite" --out "$WORK/demo-copy.sqlite"
expect_exit 2 "backup without --out" "$CLI" backup --db "$WORK/demo.sqlite"
expect_exit 0 "restore a backup into a new file" "$CLI" restore --db "$WORK/tamper.sqlite" --from "$WORK/demo-copy.sqlite"
python3 - "$WORK/tamper.sqlite" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE audit_log SET changes = '{}' WHERE id = (SELECT MIN(id) FROM audit_log)"); c.commit()
PY
expect_exit 1 "check finds an edited audit entry" "$CLI" check --db "$WORK/tamper.sqlite" --json
[ "$(json_field "$WORK/out" "d['ok'], d['audit_chain']['ok'], 'broken_at' in d['audit_chain']")" = "False False True" ] \
  || fail "check JSON names the broken entry"
expect_exit 1 "check in Chinese explains the problem" "$CLI" check --db "$WORK/tamper.sqlite"
grep -q "审计" "$WORK/out" || fail "check speaks Chinese by default"
expect_exit 0 "restore the backup over the tampered database" "$CLI" restore --db "$WORK/tamper.sqlite" --from "$WORK/demo-copy.sqlite"
ls "$WORK"/backups/tamper-*-before-restore.sqlite >/dev/null 2>&1 || fail "restore keeps the database it replaced"
expect_exit 0 "check after restore" "$CLI" check --db "$WORK/tamper.sqlite"
expect_exit 1 "restore from a file that is not a database" "$CLI" restore --db "$WORK/tamper.sqlite" --from "$WORK/corrupt.sqlite"
expect_exit 0 "check after a refused restore" "$CLI" check --db "$WORK/tamper.sqlite"
expect_exit 2 "restore without --from" "$CLI" restore --db "$WORK/tamper.sqlite"

# The audit log.
expect_exit 0 "audit --json" "$CLI" audit --db "$WORK/demo.sqlite" --json --limit 3
[ "$(json_field "$WORK/out" "d['total'] >= d['shown'] > 0, d['shown'] <= 3, sorted(d['entries'][0])")" = "True True ['action', 'at', 'changes', 'id', 'record', 'table', 'user']" ] \
  || fail "audit JSON fields"
expect_exit 0 "audit filtered by table" "$CLI" audit --db "$WORK/demo.sqlite" --table database --json
[ "$(json_field "$WORK/out" "d['total'] > 0 and all(e['table'] == 'database' for e in d['entries'])")" = "True" ] \
  || fail "audit --table keeps that kind only"
expect_exit 0 "audit of nobody" "$CLI" audit --db "$WORK/demo.sqlite" --user nobody-at-all --from 2020-01-01 --to 2020-01-31
expect_exit 2 "audit with a bad date" "$CLI" audit --db "$WORK/demo.sqlite" --from 2026-13-45
expect_exit 2 "audit with a bad limit" "$CLI" audit --db "$WORK/demo.sqlite" --limit none
expect_exit 2 "audit without --db" "$CLI" audit

# Moving an office's file: into another file here (the PostgreSQL path runs in the core suite).
expect_exit 0 "migrate the demo" "$CLI" migrate --from "$WORK/demo.sqlite" --to "$WORK/moved.sqlite"
[ "$(json_field "$WORK/out" "d['verified'], d['replaced_earlier_copy'], d['rows'] > 10000, all(t['source'] == t['target'] for t in d['tables'])")" = "True False True True" ] \
  || fail "migrate JSON fields"
expect_exit 0 "migrate again" "$CLI" migrate --from "$WORK/demo.sqlite" --to "$WORK/moved.sqlite"
[ "$(json_field "$WORK/out" "d['verified'], d['replaced_earlier_copy']")" = "True True" ] || fail "a second migrate replaces the first"
expect_exit 0 "check the moved database" "$CLI" check --db "$WORK/moved.sqlite"
expect_exit 1 "migrate into a database with other data" "$CLI" migrate --from "$WORK/empty.sqlite" --to "$WORK/moved.sqlite"
expect_exit 2 "migrate without --to" "$CLI" migrate --from "$WORK/demo.sqlite"
expect_exit 1 "migrate to a server with a broken address" "$CLI" migrate --from "$WORK/demo.sqlite" --to "postgresql://nohost"

echo "cli contract: $passes checks passed, $failures failed"
[ "$failures" -eq 0 ]
