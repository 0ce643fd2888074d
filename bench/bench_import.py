#!/usr/bin/env python3
"""Benchmark `touchpoint import` on large synthetic Twitter/X archives or Facebook exports.

For each size (tweets per archive; with --platform facebook, messages per export) the script
  1. generates an x-era archive with tests/fixtures/gen_twitter_archive.py (or a 2024-layout
     Facebook export with tests/fixtures/gen_facebook_export.py), once: archives are
     cached under --work-dir, keyed by size, seed and a hash of the generator, so a changed
     generator produces fresh data;
  2. reads the archive once so that every timed run starts with it in the page cache;
  3. runs `touchpoint --db <fresh temporary db> import <archive> --json` --runs times, each
     against a new, empty database, measuring wall time (time.perf_counter around the child)
     and the child's peak RSS (os.wait4 rusage ru_maxrss);
  4. reads the number of events added from the importer's JSON output: the sum of "added"
     over the top-level "files" array. If the output has no such array, only wall time and
     RSS are reported.

Reported per size: median, min and max wall time; events/s (events added / median wall);
tweets/s (tweets in the tweet file, retweets included, / median wall; for Facebook,
messages/s over every message in the thread files); median and max peak RSS; the
uncompressed size of tweets.js (of all message_N.json files); and the events the generator
expects a correct importer to add (a mismatch is flagged). The machine (CPUs usable by the
process, CPU model, kernel) is printed with the results. Sizes are in MB = 10^6 bytes; RSS in
MiB.

Only the Python standard library is used. Relative default paths are resolved against the
repository root; paths given on the command line are resolved against the current directory.
"""

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATORS = {"twitter": ROOT / "tests" / "fixtures" / "gen_twitter_archive.py",
              "facebook": ROOT / "tests" / "fixtures" / "gen_facebook_export.py"}
TWEET_FILE_NAMES = ("tweets.js", "tweet.js")
# Per platform: what one unit of size is, the data files measured, and their result key.
UNITS = {"twitter": ("tweets", "tweets.js", "tweets_js_mb"),
         "facebook": ("messages", "message_N.json", "message_files_mb")}


def parse_sizes(text):
    sizes = []
    for item in text.split(","):
        item = item.strip().lower()
        if not item:
            continue
        scale = 1000 if item.endswith("k") else 1
        try:
            value = int(item[:-1] if scale > 1 else item) * scale
        except ValueError:
            raise argparse.ArgumentTypeError(f"bad size {item!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"size must be positive: {item!r}")
        sizes.append(value)
    if not sizes:
        raise argparse.ArgumentTypeError("no sizes given")
    return sizes


def dm_shape(tweets):
    """DM volume that goes with an archive of this many tweets (2,000 x ~10 for 100k)."""
    conversations = max(1, tweets // 50)
    return {"dm_conversations": conversations, "dm_messages": conversations * 10,
            "group_conversations": max(1, tweets // 5000)}


def generator_digest(platform):
    return hashlib.sha256(GENERATORS[platform].read_bytes()).hexdigest()[:10]


def ensure_archive(work_dir, platform, tweets, seed):
    """Returns (archive path, expect document), generating them on the first call."""
    work_dir.mkdir(parents=True, exist_ok=True)
    era = "x" if platform == "twitter" else "2024"
    stem = f"{platform}-{era}-{tweets}-seed{seed}-gen{generator_digest(platform)}"
    archive, expect = work_dir / f"{stem}.zip", work_dir / f"{stem}.expect.json"
    if archive.exists() and expect.exists():
        return archive, json.loads(expect.read_text(encoding="utf-8"))
    tmp_archive, tmp_expect = archive.with_suffix(".zip.tmp"), expect.with_suffix(".tmp")
    cmd = [sys.executable, str(GENERATORS[platform]), "--out", str(tmp_archive), "--era", era,
           "--seed", str(seed), "--expect", str(tmp_expect)]
    if platform == "facebook":
        cmd += ["--messages", str(tweets)]
    else:
        shape = dm_shape(tweets)
        cmd += ["--tweets", str(tweets),
                "--dm-conversations", str(shape["dm_conversations"]),
                "--dm-messages", str(shape["dm_messages"]),
                "--group-conversations", str(shape["group_conversations"])]
    print(f"generating {archive.name} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    subprocess.run(cmd, check=True)
    print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    tmp_expect.replace(expect)
    tmp_archive.replace(archive)  # last, so a complete pair marks a finished generation
    return archive, json.loads(expect.read_text(encoding="utf-8"))


def is_data_file(platform, path):
    """tweets.js and its -partN siblings, or a Facebook thread's message_N.json."""
    base = path.rsplit("/", 1)[-1]
    if platform == "facebook":
        return base.startswith("message_") and base.endswith(".json")
    stem = base.split("-part")[0] + ".js" if "-part" in base else base
    return stem in TWEET_FILE_NAMES


def data_file_bytes(platform, archive):
    """Uncompressed bytes of the files that hold the platform's items."""
    with zipfile.ZipFile(archive) as zf:
        return sum(info.file_size for info in zf.infolist()
                   if is_data_file(platform, info.filename))


def warm_page_cache(path):
    with open(path, "rb") as fh:
        while fh.read(1 << 22):
            pass


def parse_output(text):
    """The importer's JSON document, or None. Tolerates log lines around it."""
    text = text.strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        pass
    for line in reversed(text.splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        try:
            return json.loads(text[start:end + 1])
        except ValueError:
            return None
    return None


def events_added(doc):
    """Sum of files[].added, or None when the output does not have that shape."""
    if not isinstance(doc, dict) or not isinstance(doc.get("files"), list):
        return None
    total, found = 0, False
    for item in doc["files"]:
        if isinstance(item, dict) and isinstance(item.get("added"), (int, float)) \
                and not isinstance(item.get("added"), bool):
            total += int(item["added"])
            found = True
    return total if found else None


def run_once(touchpoint, archive, db_dir, timeout):
    """One import into a fresh database: (wall seconds, peak RSS MiB, events added or None)."""
    with tempfile.TemporaryDirectory(prefix="touchpoint-bench-", dir=db_dir) as tmp:
        db = os.path.join(tmp, "bench.db")
        out_path, err_path = os.path.join(tmp, "stdout"), os.path.join(tmp, "stderr")
        cmd = [str(touchpoint), "--db", db, "import", str(archive), "--json"]
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            started = time.perf_counter()
            child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
            timed_out = threading.Event()

            def kill():
                timed_out.set()
                child.kill()

            timer = threading.Timer(timeout, kill)
            timer.start()
            try:
                _, status, usage = os.wait4(child.pid, 0)  # reaps the child: rusage is its own
            finally:
                timer.cancel()
            wall = time.perf_counter() - started
            child.returncode = os.waitstatus_to_exitcode(status)
        if timed_out.is_set():
            raise RuntimeError(f"timed out after {timeout} s: {' '.join(cmd)}")
        stdout = Path(out_path).read_text(encoding="utf-8", errors="replace")
        if child.returncode != 0:
            stderr = Path(err_path).read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"exit code {child.returncode}: {' '.join(cmd)}\n"
                               f"{stderr[-2000:]}")
    rss_mib = usage.ru_maxrss / 1024.0  # Linux reports KiB
    return wall, rss_mib, events_added(parse_output(stdout))


def machine_info():
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key.strip() in ("model name", "Model", "Hardware", "cpu model"):
                    model = value.strip()
                    break
    except OSError:
        pass
    try:
        cpus = len(os.sched_getaffinity(0))  # what nproc prints
    except AttributeError:
        cpus = os.cpu_count()
    return {"nproc": cpus, "cpu_model": model or platform.processor() or "unknown",
            "kernel": f"{platform.system()} {platform.release()}",
            "python": platform.python_version()}


def benchmark_size(args, tweets):
    unit, _, data_key = UNITS[args.platform]
    archive, expect = ensure_archive(args.work_dir, args.platform, tweets, args.seed)
    warm_page_cache(archive)
    walls, rss, added = [], [], []
    for run in range(args.runs):
        wall, peak, n = run_once(args.touchpoint, archive, args.db_dir, args.timeout)
        walls.append(wall)
        rss.append(peak)
        added.append(n)
        print(f"  {tweets} {unit}, run {run + 1}/{args.runs}: {wall:.2f} s, "
              f"{peak:.0f} MiB" + (f", {n} events added" if n is not None else ""),
              file=sys.stderr, flush=True)
    median_wall = statistics.median(walls)
    known = [n for n in added if n is not None]
    events = known[0] if known and all(n == known[0] for n in known) else \
        (statistics.median(known) if known else None)
    expected = expect["counts"]["total"]
    return {
        "platform": args.platform,
        unit: tweets,
        "archive": str(archive),
        "archive_mb": round(archive.stat().st_size / 1e6, 1),
        data_key: round(data_file_bytes(args.platform, archive) / 1e6, 1),
        "expected_events": expected,
        "events_added": events,
        "events_added_per_run": added,
        "events_match_expected": None if events is None else events == expected,
        "wall_s": {"median": round(median_wall, 3), "min": round(min(walls), 3),
                   "max": round(max(walls), 3), "runs": [round(w, 3) for w in walls]},
        "events_per_s": None if events is None else round(events / median_wall),
        f"{unit}_per_s": round(tweets / median_wall),
        "peak_rss_mib": {"median": round(statistics.median(rss), 1),
                         "max": round(max(rss), 1), "runs": [round(r, 1) for r in rss]},
    }


def print_table(machine, results, runs, platform):
    unit, files, data_key = UNITS[platform]
    print(f"touchpoint import ({platform}), {runs} run(s) per size, each on a fresh database")
    print(f"machine: {machine['nproc']} CPU(s), {machine['cpu_model']}, {machine['kernel']}")
    header = (unit, f"{files} MB", "events added", "wall median s", "min s", "max s",
              "events/s", f"{unit}/s", "peak RSS MiB")
    rows = []
    for r in results:
        added = "n/a" if r["events_added"] is None else str(r["events_added"])
        if r["events_match_expected"] is False:
            added += f" (expected {r['expected_events']})"
        rows.append((str(r[unit]), f"{r[data_key]:.1f}", added,
                     f"{r['wall_s']['median']:.2f}", f"{r['wall_s']['min']:.2f}",
                     f"{r['wall_s']['max']:.2f}",
                     "n/a" if r["events_per_s"] is None else str(r["events_per_s"]),
                     str(r[f"{unit}_per_s"]), f"{r['peak_rss_mib']['median']:.0f}"))
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    print("  ".join(h.rjust(w) for h, w in zip(header, widths)))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths)))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--touchpoint", type=Path, default=ROOT / "build" / "cli" / "touchpoint",
                        help="the touchpoint CLI binary (default: build/cli/touchpoint)")
    parser.add_argument("--platform", choices=tuple(GENERATORS), default="twitter",
                        help="which generator makes the data (default: %(default)s)")
    parser.add_argument("--sizes", type=parse_sizes, default=None,
                        help="comma-separated tweet (or Facebook message) counts; 'k' suffix "
                             "allowed (default: 100000,300000 tweets; 200000 messages)")
    parser.add_argument("--runs", type=int, default=5,
                        help="timed imports per size (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=1,
                        help="generator seed (default: %(default)s)")
    parser.add_argument("--work-dir", type=Path, default=ROOT / "build" / "bench-data",
                        help="where generated archives are cached (default: build/bench-data)")
    parser.add_argument("--db-dir", type=Path, default=None,
                        help="parent of the temporary databases (default: the system "
                             "temporary directory)")
    parser.add_argument("--timeout", type=float, default=1800,
                        help="seconds before one import is killed (default: %(default)s)")
    parser.add_argument("--json", action="store_true",
                        help="print one machine-readable JSON document instead of a table")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be >= 1")
    if args.sizes is None:
        args.sizes = [100_000, 300_000] if args.platform == "twitter" else [200_000]
    args.touchpoint = args.touchpoint.resolve()  # a bare name would be looked up in PATH
    args.work_dir = args.work_dir.resolve()
    if not (args.touchpoint.is_file() and os.access(args.touchpoint, os.X_OK)):
        parser.error(f"not an executable: {args.touchpoint} (build it or pass --touchpoint)")

    machine = machine_info()
    results = []
    try:
        for tweets in args.sizes:
            results.append(benchmark_size(args, tweets))
    except (RuntimeError, OSError, subprocess.CalledProcessError) as e:
        print(f"bench_import: {e}", file=sys.stderr)
        return 1
    if args.json:
        json.dump({"machine": machine, "runs_per_size": args.runs,
                   "command": "touchpoint --db <fresh db> import <archive> --json",
                   "results": results}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(machine, results, args.runs, args.platform)
    unit = UNITS[args.platform][0]
    mismatched = [r[unit] for r in results if r["events_match_expected"] is False]
    if mismatched:
        print(f"bench_import: events added differ from the generator's expectation for "
              f"sizes {mismatched}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
