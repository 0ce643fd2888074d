"""touchpointd polling an X API (a fake one on 127.0.0.1, fake_x_api.py) through libcurl.

Exactly-once capture while mentions keep arriving and the daemon is killed mid-poll; token
refresh with rotation stored before use and never logged; a rejected refresh marks the
connector "needs re-auth" while the daemon keeps serving, and new credential files resume it;
a rate limit is waited out, also across a restart; health in `status` and in STATUS=.
"""
import calendar
import os
import random
import signal
import sqlite3
import sys
import threading
import time
import unittest

from harness import EXAMPLES, DaemonTestCase, NotifyListener, Rpc, wait_for
from fake_x_api import FakeXApi

ACCESS = "tp-SENTINEL-access-5b0e2f61"
# Kills of the daemon mid-poll; fewer under ThreadSanitizer, which is many times slower.
KILLS = int(os.environ.get("TOUCHPOINT_POLL_KILLS", "50"))
REFRESH = "tp-SENTINEL-refresh-c7d41a9e"


class PollingTestCase(DaemonTestCase):
    def setUp(self):
        super().setUp()
        self.api = FakeXApi(ACCESS, REFRESH)
        self.credentials = self.dir / "credentials"
        self.credentials.mkdir(mode=0o700)
        self.write_tokens(ACCESS, REFRESH)
        self.write_config(log_level="trace", tables=(
            f'[connectors.twitter]\nenabled = true\npoll_interval = 1\n'
            f'api_base_url = "{self.api.base_url}"\nclient_id = "client-1"\n'
            f'[credentials]\ndir = "{self.credentials}"\n'))

    def tearDown(self):
        self.api.stop()
        super().tearDown()

    def write_tokens(self, access, refresh):
        for name, value in (("token", access), ("refresh_token", refresh)):
            path = self.credentials / f"touchpoint.twitter.{name}"
            path.write_text(value + "\n")
            path.chmod(0o600)

    def twitter(self):
        return [c for c in self.rpc("status")["result"]["connectors"]
                if c["name"] == "twitter"][0]

    def stored_ids(self):
        with sqlite3.connect(self.db, timeout=10) as db:
            rows = db.execute("SELECT external_id FROM events WHERE platform = 'twitter'")
            return [row[0] for row in rows]

    def cursor(self, name):
        with sqlite3.connect(self.db, timeout=10) as db:
            row = db.execute("SELECT value FROM cursors WHERE connector = 'twitter' AND name = ?",
                             (name,)).fetchone()
            return row[0] if row else None

    def assert_no_secret_logged(self, *texts):
        log = self.log_text()
        for secret in (ACCESS, REFRESH, *texts):
            self.assertNotIn(secret, log)


class CaptureTest(PollingTestCase):
    def test_mentions_and_dms_arrive_once_with_health_in_status(self):
        self.api.add_mentions(45)
        self.api.add_dms(7)
        notify = NotifyListener(self.dir / "notify.sock")
        try:
            self.start(env={"NOTIFY_SOCKET": notify.path})
            self.assertTrue(wait_for(lambda: len(self.stored_ids()) == 52, 30), self.log_text())
            self.api.add_mentions(3)
            self.assertTrue(wait_for(lambda: len(self.stored_ids()) == 55, 30), self.log_text())
            self.assertEqual(set(self.stored_ids()), self.api.ids())
            twitter = wait_for(lambda: (lambda t: t if t["health"] == "quiet" else None)(
                self.twitter()), 10)
            self.assertTrue(twitter, self.twitter())
            self.assertEqual(twitter["account"], "me")
            self.assertIn("last_ok_at", twitter)
            self.assertIn("next_poll_at", twitter)
            # A daemon built without libsystemd (TOUCHPOINT_WITH_SYSTEMD=OFF) sends no STATUS=.
            if not os.environ.get("TOUCHPOINT_NO_SYSTEMD"):
                self.assertTrue(notify.wait_for("twitter quiet", 10), notify.lines())
        finally:
            notify.close()
        status = self.cli("--socket", str(self.socket), "status")
        self.assertIn("twitter (me): quiet; next poll ", status.stdout)
        self.assert_no_secret_logged()

    def test_killed_mid_poll_loses_nothing_and_doubles_nothing(self):
        # Slow answers keep the daemon inside a poll much of the time; items keep arriving.
        self.api.delay = 0.25
        self.api.add_mentions(30)
        self.api.add_dms(2)
        rng = random.Random(7)
        mid_poll = 0
        for round_ in range(KILLS):
            process = self.start()
            time.sleep(rng.uniform(0.1, 1.2))
            if round_ < KILLS - 5:
                self.api.add_mentions(rng.randint(0, 25))
                self.api.add_dms(rng.randint(0, 3))
            mid_poll += self.api.active > 0
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
            with sqlite3.connect(self.db, timeout=10) as db:
                self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok",
                                 f"after kill {round_ + 1}")
        self.assertGreaterEqual(mid_poll, KILLS // 5, "too few kills landed during a poll")
        self.api.delay = 0
        process = self.start()
        expected = self.api.ids()
        self.assertTrue(wait_for(lambda: set(self.stored_ids()) == expected, 60),
                        f"{len(self.stored_ids())} stored of {len(expected)}\n{self.log_text()}")
        time.sleep(1.5)  # more polls: nothing is stored twice
        ids = self.stored_ids()
        self.assertEqual(len(ids), len(set(ids)))
        self.assertEqual(set(ids), expected)
        newest_mention = max(int(t["id"]) for t in self.api.mentions)
        self.assertEqual(self.cursor("mentions.since_id"), str(newest_mention))
        newest_dm = max(int(d["id"]) for d in self.api.dms)
        self.assertEqual(self.cursor("dm.newest_id"), str(newest_dm))
        self.assertEqual(self.stop(process), 0)
        print(f"\n{mid_poll} of {KILLS} kills landed during a poll", file=sys.stderr)


class ConcurrencyTest(PollingTestCase):
    def test_imports_while_the_daemon_polls_and_fifty_clients_query(self):
        self.api.add_mentions(40)
        process = self.start()
        stop = threading.Event()
        errors, answered = [], [0]
        lock = threading.Lock()

        def client(number):
            methods = ("calls", "stats", "status", "people")
            try:
                with Rpc(self.socket, timeout=30) as rpc:
                    while not stop.is_set():
                        reply = rpc.call(methods[number % len(methods)])
                        with lock:
                            if "result" not in reply:
                                errors.append(reply)
                            answered[0] += 1
            except Exception as error:  # noqa: BLE001 - any failure is the finding
                with lock:
                    errors.append(repr(error))

        clients = [threading.Thread(target=client, args=(n,)) for n in range(50)]
        for thread in clients:
            thread.start()
        try:
            # Mentions keep arriving while archives are imported, through the daemon and
            # directly into the database (WAL: the daemon notices the other writer).
            imports = []
            for round_, archive in enumerate(("twitter-sample.zip", "linkedin-sample.zip",
                                              "facebook-sample.zip")):
                self.api.add_mentions(10)
                via = ["--socket", str(self.socket)] if round_ % 2 == 0 else ["--db", str(self.db)]
                imports.append(self.cli(*via, "import", "-q", str(EXAMPLES / archive)))
            expected = self.api.ids()
            self.assertTrue(wait_for(lambda: expected <= set(self.stored_ids()), 60),
                            self.log_text())
        finally:
            stop.set()
            for thread in clients:
                thread.join(timeout=60)
        for done in imports:
            self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(errors, [])
        self.assertGreater(answered[0], 200)
        self.assertEqual(self.stop(process), 0)
        with sqlite3.connect(self.db) as db:
            self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            platforms = {row[0] for row in db.execute("SELECT DISTINCT platform FROM events")}
        self.assertEqual(platforms, {"twitter", "linkedin", "facebook"})


class TokenTest(PollingTestCase):
    def test_a_rotated_token_is_stored_before_use_and_survives_a_restart(self):
        self.api.add_mentions(2)
        self.api.access_token = "expired-elsewhere"  # the sentinel access token is refused
        process = self.start()
        self.assertTrue(wait_for(lambda: len(self.stored_ids()) == 2, 30), self.log_text())
        self.assertEqual(self.api.refreshes, 1)
        with sqlite3.connect(self.db) as db:
            stored = db.execute("SELECT access_token, refresh_token FROM api_tokens").fetchone()
        self.assertEqual(stored, (self.api.access_token, self.api.refresh_token))
        self.assertEqual(self.stop(process), 0)
        # The same credential files again: the rotated pair in the database is kept (the
        # files' refresh token is spent; using it would end in "needs re-auth").
        self.api.add_mentions(1)
        process = self.start()
        self.assertTrue(wait_for(lambda: len(self.stored_ids()) == 3, 30), self.log_text())
        self.assertNotEqual(self.twitter()["health"], "needs_reauth")
        self.assertEqual(self.api.refreshes, 1)
        self.assertEqual(self.stop(process), 0)
        self.assert_no_secret_logged(self.api.access_token, self.api.refresh_token)

    def test_a_rejected_refresh_needs_reauth_and_new_files_resume(self):
        self.api.add_mentions(2)
        self.api.access_token = "expired-elsewhere"
        self.api.reject_refresh = True
        process = self.start()
        self.assertTrue(wait_for(lambda: self.twitter()["health"] == "needs_reauth", 30),
                        self.log_text())
        self.assertIn("re-auth", self.twitter()["detail"])
        polls = self.api.count("/2/")
        time.sleep(2.5)  # stopped: no more calls while it needs re-authorization
        self.assertEqual(self.api.count("/2/"), polls)
        self.assertIn("result", self.rpc("stats"))  # and the daemon still serves
        # The user authorizes again: new files, a reload, and polling resumes.
        self.api.reject_refresh = False
        self.api.access_token = "fresh-access-1"
        self.write_tokens("fresh-access-1", "fresh-refresh-1")
        process.send_signal(signal.SIGHUP)
        self.assertTrue(wait_for(lambda: len(self.stored_ids()) == 2, 30), self.log_text())
        self.assertTrue(wait_for(lambda: self.twitter()["health"] in ("ok", "quiet"), 10))
        self.assertEqual(self.stop(process), 0)
        self.assert_no_secret_logged("fresh-access-1", "fresh-refresh-1")


class RateLimitTest(PollingTestCase):
    def test_a_rate_limit_is_waited_out_across_a_restart(self):
        self.api.add_mentions(2)
        reset = int(time.time()) + 12
        self.api.rate_limit_until = reset
        process = self.start()
        self.assertTrue(wait_for(lambda: self.twitter()["health"] == "rate_limited", 30),
                        self.log_text())
        twitter = self.twitter()
        until = calendar.timegm(time.strptime(twitter["until"][:19], "%Y-%m-%dT%H:%M:%S"))
        self.assertTrue(reset <= until <= reset + 2, twitter)  # the reset, and a margin
        self.assertEqual(self.stop(process), 0)
        process = self.start()
        self.assertTrue(wait_for(lambda: self.twitter()["health"] == "rate_limited", 5))
        self.assertTrue(wait_for(lambda: len(self.stored_ids()) == 2, 30), self.log_text())
        early = [t for t, method, path in self.api.requests
                 if path.endswith("/mentions") and reset - 0.5 > t]
        self.assertEqual(len(early), 1, "the mentions endpoint was called again before its reset")
        self.assertEqual(self.stop(process), 0)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1] + sys.argv[1:])
