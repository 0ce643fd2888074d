#!/usr/bin/env python3
"""touchpointd and systemd's protocol, checked without systemd as PID 1 (ecosystem.md §11,
items 8 to 15): socket activation through systemd-socket-activate, sd_notify readiness and
status, the watchdog, SIGTERM during an import, SIGHUP reload, binding its own socket, bad
configs, and the directories systemd passes.
"""
import os
import pathlib
import signal
import sqlite3
import stat
import subprocess
import time
import unittest

from harness import (DaemonTestCase, NotifyListener, Rpc, EXAMPLES, generate_twitter, wait_for)


class SocketActivationTest(DaemonTestCase):
    def activate(self, extra_env=()):
        notify = NotifyListener(self.dir / "notify.sock")
        self.addCleanup(notify.close)
        wrapper = ["systemd-socket-activate", "-l", str(self.socket), "--fdname=query",
                   "-E", f"NOTIFY_SOCKET={notify.path}"]
        for item in extra_env:
            wrapper += ["-E", item]
        process = self.start(wrapper=wrapper, wait=False)
        # systemd-socket-activate binds and listens, then starts the daemon on the first
        # connection; the socket file appears a moment before it listens.
        self.assertTrue(wait_for(self.answers, 15), self.log_text())
        return process, notify

    def test_answers_on_the_passed_socket_and_never_unlinks_it(self):  # item 8
        process, notify = self.activate()
        inode = self.socket.stat().st_ino
        reply = self.rpc("status")
        self.assertIn("result", reply, reply)
        self.assertTrue(reply["result"]["socket_activated"])
        self.assertEqual(self.stop(process), 0, self.log_text())
        self.assertTrue(self.socket.exists(), "the daemon removed systemd's socket")
        self.assertEqual(self.socket.stat().st_ino, inode)

    def test_ready_only_when_answering_then_status_and_stopping(self):  # item 9
        process, notify = self.activate()
        self.rpc("status")  # triggers the exec
        self.assertTrue(notify.wait_for("READY=1"), notify.messages)
        # READY means the database is migrated and a client is answered.
        ready_at = next(t for t, m in notify.messages if "READY=1" in m)
        self.assertTrue(self.db.exists())
        version = sqlite3.connect(self.db).execute("PRAGMA user_version").fetchone()[0]
        self.assertGreater(version, 0)
        self.assertIn("result", self.rpc("status"))
        self.assertTrue(any(line.startswith("STATUS=") for line in notify.lines()))
        process.send_signal(signal.SIGTERM)
        self.assertEqual(process.wait(timeout=10), 0)
        self.assertTrue(notify.wait_for("STOPPING=1", 2))
        stopping_at = next(t for t, m in notify.messages if "STOPPING=1" in m)
        self.assertLess(ready_at, stopping_at)

    def test_watchdog_pings_at_half_the_interval(self):  # item 10
        process, notify = self.activate(["WATCHDOG_USEC=1000000"])
        self.rpc("status")
        self.assertTrue(notify.wait_for("READY=1"))
        start = time.monotonic()
        notify.poll(1.6)
        pings = [t for t, m in notify.messages if "WATCHDOG=1" in m and t >= start - 0.01]
        self.assertGreaterEqual(len(pings), 2, notify.messages)
        self.stop(process)

    def test_no_watchdog_without_watchdog_usec(self):  # item 10
        process, notify = self.activate()
        self.rpc("status")
        self.assertTrue(notify.wait_for("READY=1"))
        notify.poll(1.2)
        self.assertFalse([m for _, m in notify.messages if "WATCHDOG=1" in m])
        self.stop(process)


class StopDuringImportTest(DaemonTestCase):
    def test_sigterm_mid_import_stops_fast_and_keeps_only_whole_entries(self):  # item 11
        archive = generate_twitter(self.dir / "big.zip", 60000)
        process = self.start()
        importer = subprocess.Popen(
            [os.environ["TOUCHPOINT"], "--socket", str(self.socket), "import", "--json",
             str(archive)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertTrue(wait_for(lambda: "started" in self.log_text(), 20), self.log_text())
        time.sleep(0.3)
        began = time.monotonic()
        process.send_signal(signal.SIGTERM)
        self.assertEqual(process.wait(timeout=5), 0, self.log_text())
        self.assertLess(time.monotonic() - began, 5.0)
        importer.communicate(timeout=30)
        db = sqlite3.connect(self.db)
        self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        wal = pathlib.Path(str(self.db) + "-wal")
        self.assertTrue(not wal.exists() or wal.stat().st_size == 0)
        stopped_with = db.execute("SELECT count(*) FROM events").fetchone()[0]
        db.close()
        # Finishing the import afterwards gives exactly what one clean import gives.
        self.start()
        finished = self.cli("--socket", str(self.socket), "import", "--json", str(archive))
        self.assertEqual(finished.returncode, 0, finished.stderr)
        clean_db = self.dir / "clean.db"
        clean = self.cli("--db", str(clean_db), "import", "--json", str(archive))
        self.assertEqual(clean.returncode, 0, clean.stderr)
        count = lambda path: sqlite3.connect(path).execute(
            "SELECT count(*), count(DISTINCT platform || external_id) FROM events").fetchone()
        self.assertEqual(count(self.db), count(clean_db))
        self.assertLessEqual(stopped_with, count(clean_db)[0])


class ReloadTest(DaemonTestCase):
    def test_sighup_applies_a_valid_config_and_keeps_the_old_on_error(self):  # item 12
        notify = NotifyListener(self.dir / "notify.sock")
        self.addCleanup(notify.close)
        process = self.start(env={"NOTIFY_SOCKET": notify.path})
        self.assertTrue(notify.wait_for("READY=1"))
        self.rpc("stats")
        self.assertNotIn("stats", self.log_text())  # debug lines are off at info
        self.write_config(log_level="debug")
        notify.messages.clear()
        process.send_signal(signal.SIGHUP)
        self.assertTrue(notify.wait_for("READY=1"), notify.messages)
        lines = notify.lines()
        self.assertLess(lines.index("RELOADING=1"), lines.index("READY=1"))
        self.rpc("stats")
        self.assertTrue(wait_for(lambda: ": stats" in self.log_text(), 5), self.log_text())

        self.config.write_text('[daemon]\nlog_level = "debug"\nio_timeout_seconds = "soon"\n')
        notify.messages.clear()
        process.send_signal(signal.SIGHUP)
        self.assertTrue(notify.wait_for("READY=1"), notify.messages)
        self.assertTrue(wait_for(lambda: f"{self.config}:3:" in self.log_text(), 5),
                        self.log_text())
        self.assertIn("result", self.rpc("status"))
        reload = self.cli("--socket", str(self.socket), "reload")
        self.assertEqual(reload.returncode, 78, reload.stderr)
        self.assertIn(f"{self.config}:3:", reload.stderr)
        self.assertEqual(self.stop(process), 0)


class OwnSocketTest(DaemonTestCase):
    def test_binds_0600_and_removes_it_on_exit(self):  # item 13
        process = self.start()
        mode = stat.S_IMODE(self.socket.stat().st_mode)
        self.assertEqual(mode, 0o600)
        self.assertEqual(self.stop(process), 0)
        self.assertFalse(self.socket.exists())

    def test_binds_0660_for_a_socket_group(self):  # item 13, system service
        import grp
        group = grp.getgrgid(os.getgid()).gr_name
        self.write_config(extra=f'socket_group = "{group}"')
        process = self.start()
        self.assertEqual(stat.S_IMODE(self.socket.stat().st_mode), 0o660)
        self.assertEqual(self.socket.stat().st_gid, os.getgid())
        self.stop(process)

    def test_a_second_daemon_on_the_same_socket_refuses(self):
        first = self.start()
        second = self.start(wait=False)
        self.assertEqual(second.wait(timeout=10), 69)
        self.assertIn("already answers", self.log_text())
        self.assertIn("result", self.rpc("status"))
        self.stop(first)


class BadConfigTest(DaemonTestCase):
    def test_invalid_config_exits_78_naming_the_line(self):  # item 14
        self.config.write_text('[daemon]\nmax_clients = -4\n')
        process = self.start(wait=False)
        self.assertEqual(process.wait(timeout=10), 78)
        self.assertIn(f"{self.config}:2:", self.log_text())

    def test_syntax_error_exits_78(self):
        self.config.write_text('[daemon\n')
        self.assertEqual(self.start(wait=False).wait(timeout=10), 78)

    def test_unknown_key_warns_and_strict_refuses(self):
        self.write_config(extra="colour = 3")
        process = self.start()
        self.assertIn("unknown key 'daemon.colour'", self.log_text())
        self.stop(process)
        strict = self.start(args=["--strict"], wait=False)
        self.assertEqual(strict.wait(timeout=10), 78)


class DirectoriesTest(DaemonTestCase):
    def test_uses_the_directories_systemd_passes(self):  # item 15
        state, conf = self.dir / "state", self.dir / "conf"
        state.mkdir()
        conf.mkdir()
        (conf / "touchpoint.toml").write_text(f'[daemon]\nsocket = "{self.socket}"\n')
        process = subprocess.Popen(
            [os.environ["TOUCHPOINTD"]], stderr=subprocess.DEVNULL,
            env={**os.environ, "STATE_DIRECTORY": str(state), "CONFIGURATION_DIRECTORY": str(conf)})
        self.processes.append(process)
        self.assertTrue(wait_for(self.answers, 15))
        self.assertEqual(self.rpc("status")["result"]["database"], str(state / "touchpoint.db"))
        self.stop(process)

    def test_falls_back_to_xdg_directories_under_home(self):  # item 15
        home = self.dir / "home"
        (home / ".config" / "touchpoint").mkdir(parents=True)
        (home / ".config" / "touchpoint" / "touchpoint.toml").write_text(
            f'[daemon]\nsocket = "{self.socket}"\n')
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        env["HOME"] = str(home)
        process = subprocess.Popen([os.environ["TOUCHPOINTD"]], stderr=subprocess.DEVNULL, env=env)
        self.processes.append(process)
        self.assertTrue(wait_for(self.answers, 15))
        self.assertEqual(self.rpc("status")["result"]["database"],
                         str(home / ".local" / "state" / "touchpoint" / "touchpoint.db"))
        self.stop(process)


class WatchedFolderTest(DaemonTestCase):
    def test_new_archives_are_imported_once_by_content_whatever_their_name(self):
        watched = self.dir / "inbox"
        watched.mkdir()
        self.write_config(tables=f'[watch]\ndirs = ["{watched}"]\nscan_interval_seconds = 1\n'
                                 f'settle_seconds = 1\n')
        self.start()
        events = lambda: self.rpc("stats")["result"]["events"]
        (watched / "notes.txt").write_text("not an archive\n")
        (watched / "download (3)").write_bytes((EXAMPLES / "twitter-sample.zip").read_bytes())
        watched_status = lambda: self.rpc("status")["result"]["watch"][0]
        # Entries commit one by one: count events once the whole archive is in.
        self.assertTrue(wait_for(lambda: watched_status()["imported"] == 1, 30), self.log_text())
        imported = events()
        self.assertGreater(imported, 0)
        (watched / "copy.zip").write_bytes((EXAMPLES / "twitter-sample.zip").read_bytes())
        self.assertTrue(wait_for(lambda: watched_status()["already_imported"] == 1, 30))
        time.sleep(2.5)  # more scans: nothing is handed over twice
        status = self.rpc("status")["result"]["watch"][0]
        self.assertEqual((status["imported"], status["already_imported"], status["ignored"]),
                         (1, 1, 1), status)
        self.assertEqual(events(), imported)
        self.assertEqual(self.log_text().count("notes.txt"), 1, self.log_text())


class CredentialsTest(DaemonTestCase):
    SENTINEL = "tp-SENTINEL-7c1e0d9b-do-not-log"

    def test_a_token_is_read_and_never_logged(self):  # item 16
        credentials = self.dir / "credentials"
        credentials.mkdir()
        token = credentials / "touchpoint.twitter.token"
        token.write_text(self.SENTINEL + "\n")
        # Port 9 on loopback refuses: polls fail without leaving the machine.
        self.write_config(tables='[connectors.twitter]\nenabled = true\nclient_id = "c"\n'
                                 'api_base_url = "http://127.0.0.1:9"\n')
        process = self.start(args=["--log-level=trace"],
                             env={"CREDENTIALS_DIRECTORY": str(credentials)})
        twitter = [c for c in self.rpc("status")["result"]["connectors"] if c["name"] == "twitter"][0]
        self.assertEqual(twitter["account"], "me", twitter)
        self.assertIn("twitter: credentials read", self.log_text())
        process.send_signal(signal.SIGHUP)
        self.assertTrue(wait_for(lambda: "config reloaded" in self.log_text(), 10))
        status = self.cli("--socket", str(self.socket), "--json", "status")
        self.assertEqual(self.stop(process), 0)
        self.assertNotIn(self.SENTINEL, self.log_text())
        self.assertNotIn(self.SENTINEL, status.stdout + status.stderr)

    def test_a_token_others_can_read_is_refused(self):
        credentials = self.dir / "credentials"
        credentials.mkdir()
        token = credentials / "touchpoint.linkedin.token"
        token.write_text(self.SENTINEL)
        token.chmod(0o644)
        self.write_config(tables=f'[connectors.linkedin]\nenabled = true\n'
                                 f'[credentials]\ndir = "{credentials}"\n')
        self.start()
        linkedin = [c for c in self.rpc("status")["result"]["connectors"]
                    if c["name"] == "linkedin"][0]
        self.assertEqual(linkedin["health"], "needs_credentials")
        self.assertIn("chmod 600", linkedin["detail"])
        self.assertNotIn(self.SENTINEL, self.log_text() + str(linkedin))


if __name__ == "__main__":
    unittest.main()
