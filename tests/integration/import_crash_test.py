#!/usr/bin/env python3
"""kill -9 during `touchpoint import`, fifty times at random moments: after every kill the
database passes `PRAGMA integrity_check`, and importing to the end afterwards gives exactly
the events, people and conversations of an import that was never interrupted.

The archive is generated (Twitter/X, several entries: tweets, DMs, group DMs), larger when
the build imports it in under 0.3 s; the kill moments are spread over the time an import
takes, a window that shrinks as the database fills (each import after a kill has less left
to write), so that every phase (opening, each entry's transaction, commit, scoring) is hit.

usage: TOUCHPOINT=... import_crash_test.py [--kills N]
"""
import argparse
import pathlib
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
GENERATOR = HERE.parent / "fixtures" / "gen_twitter_archive.py"

# What an import produces, in a form that does not depend on row ids or times of the run.
SNAPSHOT = {
    "events": "SELECT e.platform, e.external_id, e.kind, e.direction, c.conversation_key,"
              " e.parent_id, e.occurred_at, e.text, i.key FROM events e"
              " JOIN conversations c ON c.id = e.conversation_id"
              " JOIN identities i ON i.id = e.author_id ORDER BY e.platform, e.external_id",
    "identities": "SELECT platform, key, user_id, handle, name, is_owner FROM identities"
                  " ORDER BY platform, key",
    "conversations": "SELECT c.platform, c.conversation_key, count(e.id) FROM conversations c"
                     " JOIN events e ON e.conversation_id = c.id"
                     " GROUP BY c.id ORDER BY c.platform, c.conversation_key",
    "people": "SELECT count(*) FROM people",
}


def snapshot(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return {name: connection.execute(sql).fetchall() for name, sql in SNAPSHOT.items()}


def integrity(db):
    with sqlite3.connect(db, timeout=30) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def import_archive(touchpoint, db, archive):
    return subprocess.run([touchpoint, "--db", str(db), "import", "-q", str(archive)],
                          capture_output=True, text=True, timeout=600)


MIN_IMPORT_SECONDS = 0.3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--touchpoint", required=True)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="tp-crash-") as tmp:
        work = pathlib.Path(tmp)
        archive = work / "twitter.zip"
        clean_db = work / "clean.db"
        # Big enough that the import outlasts process start-up by far, whatever the build: a
        # Release binary imports the first size in 0.1 s, and then most kills land too late.
        for tweets in (2000, 8000):
            subprocess.run([sys.executable, str(GENERATOR), "--out", str(archive), "--tweets",
                            str(tweets), "--dm-conversations", "30", "--dm-messages",
                            str(tweets // 5), "--group-conversations", "4", "--seed", "5"],
                           check=True, capture_output=True, timeout=300)
            clean_db.unlink(missing_ok=True)
            started = time.monotonic()
            done = import_archive(args.touchpoint, clean_db, archive)
            clean_seconds = time.monotonic() - started
            if done.returncode != 0:
                print(f"clean import failed: {done.stderr}")
                return 1
            if clean_seconds >= MIN_IMPORT_SECONDS:
                break
        expected = snapshot(clean_db)

        db = work / "killed.db"
        killed_mid_run = 0
        # Each import after a kill has less left to write, so it ends sooner: the window the
        # kill is drawn from shrinks whenever a kill comes too late.
        window = clean_seconds * 1.1
        for attempt in range(args.kills):
            process = subprocess.Popen([args.touchpoint, "--db", str(db), "import", "-q",
                                        str(archive)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(rng.uniform(0.0, window))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed_mid_run += 1
            else:
                window = max(0.02, window * 0.8)
            process.wait(timeout=60)
            process.stderr.close()
            if db.exists():
                verdict = integrity(db)
                if verdict != "ok":
                    print(f"kill {attempt + 1}: integrity_check says {verdict}")
                    return 1
        done = import_archive(args.touchpoint, db, archive)
        if done.returncode != 0:
            print(f"the import after the kills failed: {done.stderr}")
            return 1
        if integrity(db) != "ok":
            print("integrity_check failed after finishing the import")
            return 1
        got = snapshot(db)
        for name in SNAPSHOT:
            if got[name] != expected[name]:
                missing = set(expected[name]) - set(got[name])
                extra = set(got[name]) - set(expected[name])
                print(f"{name}: {len(missing)} missing, {len(extra)} extra, e.g. "
                      f"{sorted(missing)[:2]} / {sorted(extra)[:2]}")
                return 1
        print(f"ok: {args.kills} kills ({killed_mid_run} mid-import) over a {clean_seconds:.1f} s "
              f"import of {len(expected['events'])} events; the result equals a clean import")
        if killed_mid_run < args.kills // 2:
            print("too few kills landed while the import ran: the timing is off")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
