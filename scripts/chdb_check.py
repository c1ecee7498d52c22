"""Runs Hover's ClickHouse DDL and read queries on current ClickHouse, embedded by chDB.

Input (JSON file, argument 1): {"schema": [statements], "setup": [statements],
"queries": [[name, sql], ...]}. Output (stdout, JSON): {"version": "...",
"results": {name: TSV text}}. Any statement that fails stops the run with exit status 1 and
names the statement, so the Rust test that calls this reports it.
"""
import json
import sys

from chdb import session


def main() -> int:
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    db = session.Session()
    version = str(db.query("SELECT version()", "TSV")).strip()
    results = {}
    steps = [("schema", s) for s in spec["schema"]] + [("setup", s) for s in spec["setup"]]
    steps += [(name, sql) for name, sql in spec["queries"]]
    for name, sql in steps:
        try:
            results[name] = str(db.query(sql, "TSV"))
        except Exception as error:  # chDB raises its own error types
            print(f"chDB {version}: {name} failed: {error}\n{sql}", file=sys.stderr)
            return 1
    print(json.dumps({"version": version, "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
