#!/usr/bin/env bash
# The 200,000-row import benchmark: a street's roster (19 demo communities) exported to .xlsx,
# imported into an empty database, next to sqlite3's own .import of the same rows as CSV (the
# floor: no parsing of .xlsx, no validation, no indexes). Needs the sqlite3 and time packages.
# Last, SQLite's own share of a real import: the rows the import wrote, copied by sqlite3 alone
# into another empty database the way the import's bulk path writes them.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${JIAYUAN_BUILD_DIR:-build}"
CLI="$BUILD_DIR/app/jiayuan-cli"
WORK="${JIAYUAN_BENCH_DIR:-/tmp/jiayuan-bench-import}"
mkdir -p "$WORK"
if [ ! -f "$WORK/street.xlsx" ]; then
  rm -f "$WORK/street.sqlite"*
  "$CLI" demo --db "$WORK/street.sqlite" --communities 19 >/dev/null
  "$CLI" export residents --db "$WORK/street.sqlite" --out "$WORK/street.xlsx" --unmasked >/dev/null
  "$CLI" export residents --db "$WORK/street.sqlite" --out "$WORK/street.csv" --unmasked >/dev/null
  tail -n +3 "$WORK/street.csv" >"$WORK/rows.csv" # without the title and header rows
fi
rows=$(wc -l <"$WORK/rows.csv")
echo "rows: $rows ($(du -h "$WORK/street.xlsx" | cut -f1) .xlsx)"

rm -f "$WORK/floor.sqlite"
sqlite3 "$WORK/floor.sqlite" "CREATE TABLE roster (c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12,c13,c14,c15,c16,c17)"
/usr/bin/time -f "sqlite3 .import (CSV, the floor): %e s, peak %M KB" \
  sqlite3 "$WORK/floor.sqlite" ".mode csv" ".import $WORK/rows.csv roster"

for run in dry real; do
  rm -f "$WORK/empty.sqlite"*
  "$CLI" init --db "$WORK/empty.sqlite" >/dev/null
  flag=""; [ "$run" = dry ] && flag="--dry-run"
  /usr/bin/time -f "jiayuan-cli import residents .xlsx ($run run): %e s, peak %M KB" \
    "$CLI" import residents "$WORK/street.xlsx" --db "$WORK/empty.sqlite" $flag >"$WORK/$run.json"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('  read', d['read'], 'imported', d['imported'], 'rejected', d['rejected'])" "$WORK/$run.json"
done

# What storing these rows costs SQLite itself, without reading or checking anything: the real
# run's places, households, residents, tags and name index copied into an empty database as the
# import's bulk path writes them: in one transaction, the roster's indexes dropped first and built
# again after, foreign keys checked once at the end.
rm -f "$WORK/schema.sqlite"*
"$CLI" init --db "$WORK/schema.sqlite" >/dev/null
where="type = 'index' AND tbl_name = 'resident' AND sql IS NOT NULL"
drops=$(sqlite3 "$WORK/schema.sqlite" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master WHERE $where")
creates=$(sqlite3 "$WORK/schema.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE $where")
copies="" checks=""
for table in estate building unit dwelling grid grid_building household resident resident_tag; do
  copies+="INSERT INTO $table SELECT * FROM src.$table;"$'\n'
  checks+="PRAGMA foreign_key_check($table);"$'\n'
done
/usr/bin/time -f "sqlite3 alone, the same rows stored as the real run stores them (nothing read or validated): %e s" \
  sqlite3 "$WORK/schema.sqlite" "PRAGMA foreign_keys = OFF" "ATTACH '$WORK/empty.sqlite' AS src" "BEGIN" "$drops" \
  "PRAGMA ignore_check_constraints = ON" "INSERT OR REPLACE INTO community SELECT * FROM src.community" "$copies" \
  "INSERT INTO resident_name_fts (rowid, chars) SELECT rowid, chars FROM src.resident_name_fts" "$checks" "$creates" "COMMIT"
echo "  residents copied: $(sqlite3 "$WORK/schema.sqlite" "SELECT count(*) FROM resident")"
