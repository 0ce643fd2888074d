#!/usr/bin/env python3
"""Imports generated Twitter/X archives with the real `touchpoint` binary and checks every
exported event against what the generator says it put in the archive (--expect), for each
layout era, zip and extracted folder, with and without a wrapper folder and part files.

usage: generated_archives_test.py --touchpoint PATH
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
GENERATOR = HERE.parent / "fixtures" / "gen_twitter_archive.py"

CASES = [
    # (era, format, wrapper, parts, seed)
    ("x", "zip", None, 1, 1),
    ("x", "zip", "twitter-2024-05-13-a1b2c3", 3, 2),
    ("x", "dir", None, 2, 3),
    ("gdpr-v2", "zip", None, 1, 4),
    ("gdpr-v2", "dir", "backup", 1, 5),
    ("gdpr-v1", "zip", None, 1, 6),
    ("gdpr-v1", "zip", "old-export", 1, 7),
]


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)


def counterpart_key(person):
    if person.get("id"):
        return person["id"]
    return "@" + (person.get("handle") or "").lower()


def check_case(touchpoint, work, era, fmt, wrapper, parts, seed):
    archive = work / f"archive-{era}-{seed}" if fmt == "dir" else work / f"archive-{era}-{seed}.zip"
    expect_path = work / f"expect-{seed}.json"
    args = [sys.executable, str(GENERATOR), "--out", str(archive), "--format", fmt, "--era", era,
            "--tweets", "400", "--dm-conversations", "12", "--dm-messages", "90",
            "--group-conversations", "3", "--parts", str(parts), "--seed", str(seed),
            "--expect", str(expect_path)]
    if wrapper:
        args += ["--wrapper", wrapper]
    generated = run(args)
    if generated.returncode != 0:
        return [f"generator failed: {generated.stderr}"]
    expect = json.loads(expect_path.read_text())
    db = work / f"db-{seed}.sqlite"
    imported = run([touchpoint, "--db", str(db), "import", "--json", str(archive)])
    if imported.returncode != 0:
        return [f"import exited {imported.returncode}: {imported.stderr}"]
    report = json.loads(imported.stdout)["files"][0]
    problems = []
    if report["added"] != expect["counts"]["total"]:
        problems.append(f"added {report['added']}, expected {expect['counts']['total']}")
    if report["skipped_reasons"].get("retweet", 0) != expect["skipped"].get("retweet", 0):
        problems.append(f"retweets skipped {report['skipped_reasons']}, expected {expect['skipped']}")

    exported = run([touchpoint, "--db", str(db), "export"])
    events = {}
    for line in exported.stdout.splitlines():
        event = json.loads(line)
        events[event["external_id"]] = event
    for want in expect["events"]:
        got = events.get(want["external_id"])
        where = f"event {want['external_id']}"
        if got is None:
            problems.append(f"{where}: missing")
            continue
        for field in ("kind", "direction", "parent_id", "occurred_at"):
            if got[field] != want[field]:
                problems.append(f"{where}: {field} {got[field]!r}, expected {want[field]!r}")
        if want["conversation_key"] is not None and got["conversation_key"] != want["conversation_key"]:
            problems.append(f"{where}: conversation_key {got['conversation_key']!r}")
        counterparts = sorted(counterpart_key(p) for p in got["counterparts"])
        if counterparts != sorted(want["counterpart_ids"]):
            problems.append(f"{where}: counterparts {counterparts}, expected {want['counterpart_ids']}")
        if got["direction"] == "outbound" and got["author"]["id"] != expect["owner"]["id"]:
            problems.append(f"{where}: outbound author {got['author']}")
    if len(events) != len(expect["events"]):
        problems.append(f"exported {len(events)} events, expected {len(expect['events'])}")

    again = run([touchpoint, "--db", str(db), "import", "--json", str(archive)])
    second = json.loads(again.stdout)["files"][0]
    if again.returncode != 0 or second["added"] != 0 or second["present"] != expect["counts"]["total"]:
        problems.append(f"re-import: exit {again.returncode}, {second}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoint", required=True)
    options = parser.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            problems = check_case(options.touchpoint, pathlib.Path(tmp), *case)
            name = "{} {} wrapper={} parts={} seed={}".format(*case)
            if problems:
                failed += 1
                print(f"FAIL {name}")
                for problem in problems[:20]:
                    print(f"  {problem}")
            else:
                passed += 1
                print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
