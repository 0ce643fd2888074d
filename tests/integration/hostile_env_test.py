#!/usr/bin/env python3
"""touchpoint and touchpointd in a hostile environment: a full disk, a read-only database, a
database locked by another process, a damaged database, a file that is not a database, and
config or credential files with the wrong permissions. Each must give a clear error, a
non-zero exit, and leave the database as it was.

The full disk and the read-only file system are real: a 2 MiB tmpfs and a read-only bind
mount, made inside a private user and mount namespace (`unshare --user --map-root-user
--mount`), so no privileges are needed and nothing outside the test changes.

usage: TOUCHPOINT=... TOUCHPOINTD=... hostile_env_test.py
"""
import hashlib
import json
import os
import pathlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent
EXAMPLES = SOURCE / "examples"
GENERATOR = SOURCE / "tests" / "fixtures" / "gen_twitter_archive.py"
TOUCHPOINT = os.environ.get("TOUCHPOINT", "")
TOUCHPOINTD = os.environ.get("TOUCHPOINTD", "")


def run(args, timeout=120, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, **kwargs)


def digest(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest()


def event_count(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT count(*) FROM events").fetchone()[0]


# Runs inside the namespace: mounts, then the commands; prints one JSON object.
IN_NAMESPACE = textwrap.dedent("""
    import json, subprocess, sys
    setup, commands = json.loads(sys.argv[1])
    for step in setup:
        subprocess.run(step, check=True, capture_output=True)
    results = []
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        results.append({"rc": done.returncode, "out": done.stdout, "err": done.stderr})
    print(json.dumps(results))
""")


def in_namespace(setup, commands):
    done = run(["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c",
                IN_NAMESPACE, json.dumps([setup, commands])], timeout=600)
    if done.returncode != 0:
        raise AssertionError(f"unshare failed ({done.returncode}): {done.stderr}")
    return json.loads(done.stdout)


class HostileEnvironmentTest(unittest.TestCase):
    def setUp(self):
        self.assertTrue(TOUCHPOINT and TOUCHPOINTD, "set TOUCHPOINT and TOUCHPOINTD")
        self.tmp = tempfile.TemporaryDirectory(prefix="tp-hostile-")
        self.dir = pathlib.Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def imported_db(self, name="tp.db"):
        db = self.dir / name
        done = run([TOUCHPOINT, "--db", str(db), "import", "-q",
                    str(EXAMPLES / "twitter-sample.zip")])
        self.assertEqual(done.returncode, 0, done.stderr)
        return db

    def test_a_full_disk_fails_the_import_and_keeps_what_was_there(self):
        big = self.dir / "big.zip"
        run([sys.executable, str(GENERATOR), "--out", str(big), "--tweets", "20000",
             "--seed", "3"], timeout=300, check=True)
        small = self.dir / "small"
        small.mkdir()
        db = str(small / "tp.db")
        results = in_namespace(
            [["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(small)]],
            [[TOUCHPOINT, "--db", db, "import", "-q", str(EXAMPLES / "twitter-sample.zip")],
             [TOUCHPOINT, "--db", db, "--json", "stats"],
             [TOUCHPOINT, "--db", db, "import", "-q", str(big)],
             [TOUCHPOINT, "--db", db, "--json", "stats"],
             [TOUCHPOINT, "--db", db, "db", "check"]])
        first, before, full, after, check = results
        self.assertEqual(first["rc"], 0, first["err"])
        self.assertEqual(full["rc"], 74, full)
        self.assertIn(str(big), full["err"])
        self.assertIn("disk is full", full["err"])
        self.assertEqual(json.loads(after["out"])["events"], json.loads(before["out"])["events"])
        self.assertEqual((check["rc"], check["out"].strip()), (0, "ok"), check)

    def test_a_read_only_database_is_refused_untouched(self):
        db = self.imported_db()
        before = digest(db)
        commands = [[TOUCHPOINT, "--db", str(db), *args] for args in
                    (["stats"], ["calls"], ["import", "-q", str(EXAMPLES / "linkedin-sample.zip")])]
        config = self.dir / "touchpointd.toml"
        config.write_text(f'[daemon]\nsocket = "{self.dir / "d.sock"}"\n'
                          f'[storage]\ndatabase = "{db}"\n')
        commands.append([TOUCHPOINTD, "--config", str(config)])
        results = in_namespace(
            [["mount", "--bind", str(self.dir), str(self.dir)],
             ["mount", "-o", "remount,ro,bind", str(self.dir)]], commands)
        for command, result in zip(commands, results):
            self.assertEqual(result["rc"], 74, (command, result))
            self.assertIn("cannot be opened for writing", result["err"], command)
            self.assertIn(str(db), result["err"])
        self.assertEqual(digest(db), before)

    def test_a_locked_database_makes_an_import_wait_then_fail_untouched(self):
        db = self.imported_db()
        config = self.dir / "fast.toml"
        config.write_text("[storage]\nbusy_timeout_ms = 300\n")
        events = event_count(db)
        holder = sqlite3.connect(db, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            locked = run([TOUCHPOINT, "--config", str(config), "--db", str(db), "import", "-q",
                          str(EXAMPLES / "linkedin-sample.zip")])
            self.assertEqual(locked.returncode, 75, locked.stderr)
            self.assertIn("database is locked", locked.stderr)
            self.assertIn("another process is writing it", locked.stderr)
            # Readers are not blocked by a writer (WAL).
            stats = run([TOUCHPOINT, "--db", str(db), "--json", "stats"])
            self.assertEqual(stats.returncode, 0, stats.stderr)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        self.assertEqual(event_count(db), events)
        again = run([TOUCHPOINT, "--db", str(db), "import", "-q",
                     str(EXAMPLES / "linkedin-sample.zip")])
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertGreater(event_count(db), events)

    def test_a_damaged_database_is_reported_and_not_written(self):
        db = self.imported_db()
        with sqlite3.connect(db) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page_size = connection.execute("PRAGMA page_size").fetchone()[0]
            root = connection.execute("SELECT rootpage FROM sqlite_master "
                                      "WHERE name = 'sqlite_autoindex_identities_1'").fetchone()[0]
        with open(db, "r+b") as raw:  # overwrite one index page with garbage
            raw.seek((root - 1) * page_size)
            raw.write(b"\xde\xad\xbe\xef" * (page_size // 4))
        before = digest(db)
        check = run([TOUCHPOINT, "--db", str(db), "db", "check"])
        self.assertEqual(check.returncode, 65, check)
        self.assertIn("problem(s) found", check.stderr)
        self.assertTrue(check.stdout.strip(), "the damage should be listed")
        imported = run([TOUCHPOINT, "--db", str(db), "import", "-q",
                        str(EXAMPLES / "linkedin-sample.zip")])
        self.assertEqual(imported.returncode, 74, imported.stderr)
        self.assertIn("the database file is damaged", imported.stderr)
        self.assertEqual(digest(db), before)

    def test_a_file_that_is_not_a_database_is_left_alone(self):
        notes = self.dir / "notes.db"
        notes.write_text("my notes, not a database\n" * 100)
        before = digest(notes)
        for args in (["stats"], ["import", "-q", str(EXAMPLES / "twitter-sample.zip")]):
            done = run([TOUCHPOINT, "--db", str(notes), *args])
            self.assertEqual(done.returncode, 65, (args, done.stderr))
            self.assertIn("not a touchpoint database", done.stderr)
        self.assertEqual(digest(notes), before)
        self.assertEqual(sorted(p.name for p in self.dir.iterdir()), ["notes.db"])

    def test_a_config_others_can_change_or_nobody_can_read_is_refused(self):
        config = self.dir / "touchpoint.toml"
        config.write_text("[scoring]\nthreshold = 50.0\n")
        config.chmod(0o666)
        for command in ([TOUCHPOINT, "config", "check", str(config)],
                        [TOUCHPOINTD, "--config", str(config)]):
            done = run(command)
            self.assertEqual(done.returncode, 78, (command, done.stderr))
            self.assertIn("lets anyone change the config; chmod o-w", done.stderr)
        config.chmod(0o000)
        # Root reads any file: check as an unprivileged user then.
        prefix = (["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
                  if os.geteuid() == 0 else [])
        if prefix:
            self.dir.chmod(0o755)
            shutil.copy(TOUCHPOINT, self.dir / "touchpoint")
            (self.dir / "touchpoint").chmod(0o755)
        binary = str(self.dir / "touchpoint") if prefix else TOUCHPOINT
        done = run(prefix + ["env", f"HOME={self.dir}", binary, "config", "check", str(config)])
        self.assertEqual(done.returncode, 78, done.stderr)
        self.assertIn("cannot read the config: Permission denied", done.stderr)

    def test_a_credential_others_can_read_is_refused_in_status(self):
        credentials = self.dir / "credentials"
        credentials.mkdir(mode=0o700)
        token = credentials / "touchpoint.twitter.token"
        token.write_text("tp-SENTINEL-hostile-token\n")
        token.chmod(0o640)
        config = self.dir / "touchpoint.toml"
        socket_path = self.dir / "d.sock"
        config.write_text(
            f'[daemon]\nsocket = "{socket_path}"\n[storage]\ndatabase = "{self.dir / "d.db"}"\n'
            f'[connectors.twitter]\nenabled = true\nclient_id = "c"\n'
            f'api_base_url = "http://127.0.0.1:9"\n[credentials]\ndir = "{credentials}"\n')
        log = open(self.dir / "daemon.log", "wb")
        daemon = subprocess.Popen([TOUCHPOINTD, "--config", str(config)], stdout=log, stderr=log)
        try:
            status = None
            for _ in range(150):
                done = run([TOUCHPOINT, "--socket", str(socket_path), "--json", "status"])
                if done.returncode == 0:
                    status = json.loads(done.stdout)
                    break
                if daemon.poll() is not None:
                    break
                subprocess.run(["sleep", "0.1"])
            self.assertIsNotNone(status, (self.dir / "daemon.log").read_text())
            twitter = [c for c in status["connectors"] if c["name"] == "twitter"][0]
            self.assertEqual(twitter["health"], "needs_credentials")
            self.assertIn("chmod 600", twitter["detail"])
        finally:
            daemon.terminate()
            daemon.wait(timeout=10)
            log.close()
        self.assertNotIn("tp-SENTINEL-hostile-token", (self.dir / "daemon.log").read_text())


if __name__ == "__main__":
    unittest.main()
