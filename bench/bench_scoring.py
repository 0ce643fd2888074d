#!/usr/bin/env python3
"""Benchmark scoring on a large database: `touchpoint rescore` and `touchpoint calls`.

Issue #4 asks that "a full re-score of a database with 1M events takes under 10 s;
`touchpoint calls` answers in under 50 ms". This script
  1. generates one Twitter/X archive, one Facebook export and one LinkedIn export with the
     generators in tests/fixtures/ (sizes scaled from --events, about 40/30/30 per cent of the
     events), once: archives are cached under --work-dir, keyed by size, seed and a hash of
     the generator;
  2. imports the three into one database with `touchpoint import`, once: the imported (never
     yet scored) database is cached under --work-dir too, keyed by the archives and by
     `touchpoint --version`; --reimport rebuilds it;
  3. measures, each figure over several runs (process start-up included; every child's
     stdout and stderr go to files):
       * catch-up: the first `touchpoint calls --as-of <date>` after the import, which scores
         every conversation (FeatureStore::Refresh), each run on a fresh copy of the
         imported database (--catchup-runs);
       * rescore: `touchpoint rescore`, a full recomputation (--runs);
       * calls: steady-state `touchpoint calls --as-of <date> --json` (--calls-runs);
       * start-up: `touchpoint --version`, the cost of starting the process at all, so that
         calls minus start-up estimates the time spent inside the process;
  4. prints a table (or, with --json, one JSON document) with the database's size, the
     medians, minima and maxima, whether each target is met, and the machine.

--as-of defaults to the day after the newest event in the database, so the call list is
computed as on the morning after the last export. No config file is read (XDG_CONFIG_HOME
points at an empty directory), so the scoring defaults apply.

Only the Python standard library is used (sqlite3 reads the database's counts). Relative
default paths are resolved against the repository root.
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import import machine_info  # noqa: E402  (same folder, stdlib only)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TARGETS = {"rescore": 10.0, "calls": 0.050}  # seconds, from issue #4


def generator_digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def archive_specs(events, seed):
    """(name, generator, arguments) for each archive; about `events` events in total.

    Shares follow one person's history: most volume on Twitter (tweets, a fifth of them
    retweets that import as nothing, plus DMs), then Facebook Messenger threads and LinkedIn
    messages, each with realistic numbers of conversations and people.
    """
    tweets = events * 40 // 100
    dm_conversations = max(1, tweets // 50)
    fb_messages = events * 30 // 100
    li_messages = events * 30 // 100
    return [
        ("twitter", FIXTURES / "gen_twitter_archive.py",
         ["--era", "x", "--tweets", str(tweets),
          "--dm-conversations", str(dm_conversations),
          "--dm-messages", str(dm_conversations * 10),
          "--group-conversations", str(max(1, tweets // 5000))]),
        ("facebook", FIXTURES / "gen_facebook_export.py",
         ["--era", "2024", "--messages", str(fb_messages),
          "--threads", str(max(6, fb_messages // 100)),
          "--comments", str(max(20, events // 500)), "--friends", str(max(30, events // 700))]),
        ("linkedin", FIXTURES / "gen_linkedin_export.py",
         ["--era", "2026", "--messages", str(li_messages),
          "--connections", str(max(60, events // 300)),
          "--invitations", str(max(12, events // 3000)),
          "--comments", str(max(20, events // 500))]),
    ]


def ensure_archive(work_dir, name, generator, arguments, seed):
    """The cached archive for one spec, generated on the first call."""
    work_dir.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(" ".join(arguments).encode()).hexdigest()[:8]
    archive = work_dir / f"scoring-{name}-{key}-seed{seed}-gen{generator_digest(generator)}.zip"
    if archive.exists():
        return archive
    tmp = archive.with_suffix(".zip.tmp")
    print(f"generating {archive.name} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(generator), "--out", str(tmp), "--seed", str(seed),
                    *arguments], check=True, stdout=subprocess.DEVNULL)
    print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    tmp.replace(archive)
    return archive


def clean_env(config_home):
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(config_home)  # empty: the scoring defaults apply
    return env


def run_timed(cmd, env, out_dir, timeout):
    """Runs `cmd`; returns (wall seconds, CPU seconds, stdout text).

    CPU seconds are the child's user + system time from its own rusage: on a shared machine
    they vary much less than wall time. Raises RuntimeError on failure.
    """
    out_path, err_path = out_dir / "stdout", out_dir / "stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            child.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
    if timed_out.is_set():
        raise RuntimeError(f"timed out after {timeout} s: {' '.join(map(str, cmd))}")
    if code != 0:
        stderr = err_path.read_text(encoding="utf-8", errors="replace")
        raise RuntimeError(f"exit code {code}: {' '.join(map(str, cmd))}\n{stderr[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, out_path.read_text(encoding="utf-8", errors="replace")


def copy_database(source, target):
    """Copies a database file and its WAL, if one was left behind."""
    shutil.copyfile(source, target)
    for suffix in ("-wal",):
        side = Path(str(source) + suffix)
        if side.exists():
            shutil.copyfile(side, Path(str(target) + suffix))


def version_of(touchpoint, env, scratch, timeout):
    _, _, out = run_timed([touchpoint, "--version"], env, scratch, timeout)
    return out.strip()


def ensure_database(args, archives, env, scratch):
    """The imported, never scored database for these archives and this touchpoint."""
    version = version_of(args.touchpoint, env, scratch, args.timeout)
    key = hashlib.sha256(("\n".join(a.name for a in archives) + "\n" + version).encode())
    db = args.work_dir / f"scoring-{key.hexdigest()[:12]}.db"
    if db.exists() and not args.reimport:
        return db
    tmp = args.work_dir / (db.name + ".tmp")
    for stale in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        stale.unlink(missing_ok=True)
    for archive in archives:
        print(f"importing {archive.name} ...", file=sys.stderr, flush=True)
        wall, _, _ = run_timed([args.touchpoint, "--db", tmp, "-q", "import", archive, "--json"],
                            env, scratch, args.timeout)
        print(f"  done in {wall:.1f} s", file=sys.stderr, flush=True)
    tmp.replace(db)
    return db


def database_facts(db):
    """Counts and the newest event time (ms), read-only."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        def one(sql):
            return conn.execute(sql).fetchone()[0]
        facts = {
            "events": one("SELECT count(*) FROM events"),
            "events_by_platform": dict(conn.execute(
                "SELECT platform, count(*) FROM events GROUP BY platform ORDER BY platform")),
            "inbound_events": one("SELECT count(*) FROM events WHERE direction = 'inbound'"),
            "conversations": one("SELECT count(*) FROM conversations"),
            "conversations_with_inbound": one(
                "SELECT count(DISTINCT conversation_id) FROM events WHERE direction = 'inbound'"),
            "identities": one("SELECT count(*) FROM identities"),
            "newest_event_ms": one("SELECT max(occurred_at) FROM events"),
        }
    finally:
        conn.close()
    facts["db_mb"] = round(db.stat().st_size / 1e6, 1)
    return facts


def people_count(db):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        conn.close()


def default_as_of(newest_ms):
    newest = dt.datetime.fromtimestamp(newest_ms / 1000, tz=dt.timezone.utc)
    return (newest.date() + dt.timedelta(days=1)).isoformat()


def summary(walls):
    return {"median": round(statistics.median(walls), 4), "min": round(min(walls), 4),
            "max": round(max(walls), 4), "runs": [round(w, 4) for w in walls]}


def measure(label, runs, cmd, env, scratch, timeout, prepare=None):
    """Runs `cmd` `runs` times: (wall seconds, CPU seconds, stdout texts)."""
    walls, cpus, outputs = [], [], []
    for run in range(runs):
        if prepare:
            prepare()
        wall, cpu, out = run_timed(cmd, env, scratch, timeout)
        walls.append(wall)
        cpus.append(cpu)
        outputs.append(out)
        print(f"  {label}, run {run + 1}/{runs}: {wall * 1000:.1f} ms wall, "
              f"{cpu * 1000:.1f} ms CPU", file=sys.stderr, flush=True)
    return walls, cpus, outputs


def calls_in(output):
    try:
        return len(json.loads(output)["calls"])
    except (ValueError, KeyError, TypeError):
        return None


def benchmark(args, scratch):
    config_home = scratch / "config"
    config_home.mkdir()
    env = clean_env(config_home)
    archives = [ensure_archive(args.work_dir, name, generator, arguments, args.seed)
                for name, generator, arguments in archive_specs(args.events, args.seed)]
    imported = ensure_database(args, archives, env, scratch)
    facts = database_facts(imported)
    as_of = args.as_of or default_as_of(facts["newest_event_ms"])
    db = scratch / "bench.db"
    calls_cmd = [args.touchpoint, "--db", db, "calls", "--as-of", as_of, "--json"]

    def fresh_copy():
        for side in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
            side.unlink(missing_ok=True)
        copy_database(imported, db)

    print(f"catch-up: first calls after the import (as of {as_of})", file=sys.stderr)
    catchup, catchup_cpu, catchup_out = measure("catch-up", args.catchup_runs, calls_cmd, env,
                                                scratch, args.timeout, prepare=fresh_copy)
    print("rescore", file=sys.stderr)
    rescore, rescore_cpu, _ = measure("rescore", args.runs,
                                      [args.touchpoint, "--db", db, "-q", "rescore"], env,
                                      scratch, args.timeout)
    print("steady-state calls", file=sys.stderr)
    calls, calls_cpu, calls_out = measure("calls", args.calls_runs, calls_cmd, env, scratch,
                                          args.timeout)
    startup, startup_cpu, _ = measure("start-up", args.calls_runs,
                                      [args.touchpoint, "--version"], env, scratch, args.timeout)
    consistent = calls_out[-1] == catchup_out[-1]
    if not consistent:
        print("bench_scoring: warning: calls after rescore differ from calls after the "
              "catch-up", file=sys.stderr)
    facts["people"] = people_count(db)
    facts["conversations_scored"] = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(
        "SELECT count(*) FROM conversation_features").fetchone()[0]
    in_process = [max(0.0, c - statistics.median(startup)) for c in calls]
    return {
        "archives": [str(a) for a in archives],
        "database": facts,
        "as_of": as_of,
        "calls_listed": calls_in(calls_out[-1]),
        "catchup_and_rescore_agree": consistent,
        "catchup_s": summary(catchup),
        "catchup_cpu_s": summary(catchup_cpu),
        "rescore_s": summary(rescore),
        "rescore_cpu_s": summary(rescore_cpu),
        "calls_s": summary(calls),
        "calls_cpu_s": summary(calls_cpu),
        "startup_s": summary(startup),
        "startup_cpu_s": summary(startup_cpu),
        "calls_in_process_s": summary(in_process),
        "targets_s": TARGETS,
        "rescore_target_met": statistics.median(rescore) < TARGETS["rescore"],
        "calls_target_met": statistics.median(calls) < TARGETS["calls"],
    }


def print_table(machine, result, args):
    facts = result["database"]
    print(f"touchpoint scoring on {facts['events']:,} events "
          f"({', '.join(f'{p} {n:,}' for p, n in facts['events_by_platform'].items())})")
    print(f"  {facts['conversations']:,} conversations ({facts['conversations_with_inbound']:,} "
          f"with inbound events, {facts['conversations_scored']:,} scored), "
          f"{facts['identities']:,} identities, {facts['people']:,} people, "
          f"{facts['db_mb']} MB imported database")
    print(f"  calls --as-of {result['as_of']}: {result['calls_listed']} calls listed")
    print(f"machine: {machine['nproc']} CPU(s), {machine['cpu_model']}, {machine['kernel']}")
    header = ("measurement", "runs", "median", "min", "max", "CPU median", "target", "met")
    rows = []

    def row(name, key, runs, scale, unit, target=None, met=None):
        s = result[key]
        cpu = result.get(key.replace("_s", "_cpu_s"))
        fmt = (lambda v: f"{v * scale:.1f} {unit}") if scale > 1 else (lambda v: f"{v:.2f} {unit}")
        rows.append((name, str(runs), fmt(s["median"]), fmt(s["min"]), fmt(s["max"]),
                     "" if cpu is None else fmt(cpu["median"]),
                     "" if target is None else fmt(target),
                     "" if met is None else ("yes" if met else "NO")))

    row("catch-up: first calls after import", "catchup_s", args.catchup_runs, 1, "s")
    row("rescore (full)", "rescore_s", args.runs, 1, "s", TARGETS["rescore"],
        result["rescore_target_met"])
    row("calls (steady state)", "calls_s", args.calls_runs, 1000, "ms", TARGETS["calls"],
        result["calls_target_met"])
    row("start-up (touchpoint --version)", "startup_s", args.calls_runs, 1000, "ms")
    row("calls minus start-up", "calls_in_process_s", args.calls_runs, 1000, "ms")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                    for i, (h, w) in enumerate(zip(header, widths))))
    for r in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths))))


def parse_events(text):
    text = text.strip().lower()
    scale = {"k": 1000, "m": 1_000_000}.get(text[-1:], 1)
    try:
        value = int(float(text[:-1] if scale > 1 else text) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad event count {text!r}") from None
    if value < 1000:
        raise argparse.ArgumentTypeError("--events must be at least 1000")
    return value


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--touchpoint", type=Path, default=ROOT / "build" / "cli" / "touchpoint",
                        help="the touchpoint CLI binary (default: build/cli/touchpoint)")
    parser.add_argument("--events", type=parse_events, default=1_000_000,
                        help="about how many events the archives hold; 'k' and 'm' suffixes "
                             "allowed (default: 1m)")
    parser.add_argument("--runs", type=int, default=5,
                        help="timed full rescores (default: %(default)s)")
    parser.add_argument("--catchup-runs", type=int, default=3,
                        help="timed first calls, each on a fresh copy of the imported "
                             "database (default: %(default)s)")
    parser.add_argument("--calls-runs", type=int, default=11,
                        help="timed steady-state calls and start-ups (default: %(default)s)")
    parser.add_argument("--as-of", default=None,
                        help="the date calls are computed as of (default: the day after the "
                             "newest event)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default: 1)")
    parser.add_argument("--work-dir", type=Path, default=ROOT / "build" / "bench-data",
                        help="where archives and the imported database are cached "
                             "(default: build/bench-data)")
    parser.add_argument("--db-dir", type=Path, default=None,
                        help="parent of the temporary working copy of the database "
                             "(default: the system temporary directory)")
    parser.add_argument("--reimport", action="store_true",
                        help="rebuild the cached imported database")
    parser.add_argument("--timeout", type=float, default=1800,
                        help="seconds before one command is killed (default: %(default)s)")
    parser.add_argument("--json", action="store_true",
                        help="print one machine-readable JSON document instead of a table")
    args = parser.parse_args(argv)
    if min(args.runs, args.catchup_runs, args.calls_runs) < 1:
        parser.error("run counts must be >= 1")
    args.touchpoint = args.touchpoint.resolve()
    args.work_dir = args.work_dir.resolve()
    if not (args.touchpoint.is_file() and os.access(args.touchpoint, os.X_OK)):
        parser.error(f"not an executable: {args.touchpoint} (build it or pass --touchpoint)")

    machine = machine_info()
    try:
        with tempfile.TemporaryDirectory(prefix="touchpoint-bench-", dir=args.db_dir) as tmp:
            result = benchmark(args, Path(tmp))
    except (RuntimeError, OSError, sqlite3.Error, subprocess.CalledProcessError) as e:
        print(f"bench_scoring: {e}", file=sys.stderr)
        return 1
    if args.json:
        json.dump({"machine": machine, "events_requested": args.events,
                   "runs": {"rescore": args.runs, "catchup": args.catchup_runs,
                            "calls": args.calls_runs},
                   "result": result}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(machine, result, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
