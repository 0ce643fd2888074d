#!/usr/bin/env python3
"""The CLI with and without the daemon (ecosystem.md §11 items 17 to 23): imports pass a
descriptor, never a path; usage, --help/--version and the exit codes that only a daemon can
produce (69, 75, 77); --json documents; no escape codes off a terminal.
"""
import json
import os
import pathlib
import shutil
import subprocess
import time
import unittest

from harness import DaemonTestCase, EXAMPLES, generate_twitter, wait_for

SAMPLE = str(EXAMPLES / "twitter-sample.zip")
AS_OF = "2025-11-21"
NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


class BinariesTest(DaemonTestCase):
    def run_binary(self, *args):
        return subprocess.run(list(args), capture_output=True, text=True, timeout=30)

    def test_help_and_version_on_stdout(self):  # item 18
        for binary in (os.environ["TOUCHPOINT"], os.environ["TOUCHPOINTD"]):
            with self.subTest(binary=binary):
                version = self.run_binary(binary, "--version")
                self.assertEqual(version.returncode, 0)
                self.assertRegex(version.stdout, r"^touchpoint \d+\.\d+\.\d+\n$")
                helped = self.run_binary(binary, "--help")
                self.assertEqual(helped.returncode, 0)
                self.assertIn("Usage", helped.stdout)
                self.assertEqual(helped.stderr, "")

    def test_unknown_flag_exits_2(self):  # item 19
        for binary in (os.environ["TOUCHPOINT"], os.environ["TOUCHPOINTD"]):
            result = self.run_binary(binary, "--frobnicate")
            self.assertEqual(result.returncode, 2, binary)
            self.assertTrue(result.stderr)
            self.assertEqual(result.stdout, "")

    def test_print_default_config_is_the_shipped_file(self):
        shipped = (pathlib.Path(__file__).resolve().parents[2] / "config" / "touchpoint.toml")
        printed = self.run_binary(os.environ["TOUCHPOINTD"], "--print-default-config")
        self.assertEqual(printed.stdout, shipped.read_text())


class WithoutDaemonTest(DaemonTestCase):
    def test_daemon_commands_exit_69_with_a_hint(self):  # item 20
        for command in ("status", "reload"):
            result = self.cli("--socket", str(self.socket), command)
            self.assertEqual(result.returncode, 69, result.stderr)
            self.assertIn("touchpoint.socket", result.stderr)

    def test_a_named_socket_that_does_not_answer_is_69_not_a_fallback(self):
        result = self.cli("stats", env={"TOUCHPOINT_SOCKET": str(self.socket)})
        self.assertEqual(result.returncode, 69)

    def test_without_a_daemon_commands_open_the_database(self):
        env = {"XDG_RUNTIME_DIR": str(self.dir), "XDG_STATE_HOME": str(self.dir / "state")}
        imported = self.cli("import", SAMPLE, env=env)
        self.assertEqual(imported.returncode, 0, imported.stderr)
        self.assertTrue((self.dir / "state" / "touchpoint" / "touchpoint.db").exists())


class JsonAndTerminalTest(DaemonTestCase):
    def setUp(self):
        super().setUp()
        self.start()
        imported = self.cli("--socket", str(self.socket), "import", SAMPLE)
        self.assertEqual(imported.returncode, 0, imported.stderr)

    def test_every_read_command_prints_one_json_document(self):  # item 21
        someone = json.loads(self.cli("--socket", str(self.socket), "--json", "people").stdout)[
            "people"][0]["name"]
        commands = [["stats"], ["calls", "--as-of", AS_OF], ["people"], ["person", someone],
                    ["timeline", someone], ["search", "thanks"], ["graph"], ["status"]]
        for args in commands:
            for mode in (["--socket", str(self.socket)], ["--db", str(self.db)]):
                if args == ["status"] and mode[0] == "--db":
                    continue
                with self.subTest(command=args[0], mode=mode[0]):
                    result = self.cli(*mode, "--json", *args)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    document = json.loads(result.stdout)  # nothing else on stdout
                    self.assertIn("version", document)

    def test_no_escape_codes_when_not_a_terminal(self):  # item 22
        for args in (["calls", "--as-of", AS_OF], ["people"], ["stats"], ["import", SAMPLE]):
            result = self.cli("--socket", str(self.socket), *args, env={"NO_COLOR": "1"})
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertNotIn("\x1b", result.stdout + result.stderr)


class DescriptorImportTest(DaemonTestCase):
    def test_the_daemon_imports_a_file_it_cannot_open(self):  # item 17
        home = self.dir / "daemon-home"
        home.mkdir()
        shutil.chown(home, "nobody", "nogroup")
        self.socket = home / "touchpoint.sock"
        self.db = home / "touchpoint.db"
        self.write_config()
        os.chmod(self.dir, 0o755)
        os.chmod(self.config, 0o644)
        private = self.dir / "private"
        private.mkdir(mode=0o700)
        archive = private / "twitter.zip"
        shutil.copy(SAMPLE, archive)
        os.chmod(archive, 0o600)
        self.start(wrapper=NOBODY)
        denied = subprocess.run(NOBODY + ["ls", str(private)], capture_output=True)
        self.assertNotEqual(denied.returncode, 0, "the daemon's user can list the folder")
        result = self.cli("--socket", str(self.socket), "import", "--json", str(archive))
        self.assertEqual(result.returncode, 0, result.stderr + self.log_text())
        self.assertGreater(json.loads(result.stdout)["files"][0]["added"], 100)

    def test_a_user_the_socket_refuses_gets_77(self):  # exit code 77
        os.chmod(self.dir, 0o755)
        self.start()  # as root: the socket is 0600 root
        result = subprocess.run(NOBODY + [os.environ["TOUCHPOINT"], "--socket", str(self.socket),
                                          "status"], capture_output=True, text=True, timeout=30)
        self.assertEqual(result.returncode, 77, result.stderr)
        self.assertIn("group", result.stderr)

    def test_a_second_import_while_one_runs_is_75(self):  # exit code 75
        archive = generate_twitter(self.dir / "big.zip", 40000)
        self.start()
        first = subprocess.Popen([os.environ["TOUCHPOINT"], "--socket", str(self.socket), "import",
                                  str(archive)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.assertTrue(wait_for(lambda: "started" in self.log_text(), 20))
        second = self.cli("--socket", str(self.socket), "import", SAMPLE)
        self.assertEqual(first.wait(timeout=300), 0)
        self.assertEqual(second.returncode, 75, second.stderr)
        self.assertIn("another import", second.stderr)


class DatabaseFileTest(DaemonTestCase):
    def test_backup_during_an_import_is_a_sound_copy(self):  # item 33
        archive = generate_twitter(self.dir / "big.zip", 40000)
        self.start()
        self.assertEqual(self.cli("--socket", str(self.socket), "import", SAMPLE).returncode, 0)
        importer = subprocess.Popen([os.environ["TOUCHPOINT"], "--socket", str(self.socket),
                                     "import", str(archive)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.assertTrue(wait_for(lambda: "big.zip for uid" in self.log_text(), 20))
        copy = self.dir / "backup.db"
        backup = self.cli("--db", str(self.db), "db", "backup", str(copy))
        self.assertEqual(importer.wait(timeout=300), 0)
        self.assertEqual(backup.returncode, 0, backup.stderr)
        import sqlite3
        copied = sqlite3.connect(copy)
        self.assertEqual(copied.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        original = sqlite3.connect(self.db)
        self.assertEqual(copied.execute("PRAGMA user_version").fetchone(),
                         original.execute("PRAGMA user_version").fetchone())
        self.assertGreater(copied.execute("SELECT count(*) FROM events").fetchone()[0], 0)
        copied.close()
        original.close()
        self.assertFalse((self.dir / "backup.db.partial").exists())

    def test_check_after_every_sample_import(self):  # item 34
        for archive in sorted(EXAMPLES.glob("*.zip")):
            self.assertEqual(self.cli("--db", str(self.db), "import", str(archive)).returncode, 0)
        self.assertEqual(self.cli("--db", str(self.db), "calls", "--as-of", AS_OF).returncode, 0)
        checked = self.cli("--db", str(self.db), "db", "check")
        self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)
        self.assertEqual(checked.stdout, "ok\n")

    def test_io_and_data_errors_on_the_database_file(self):  # exit codes 74 and 65
        blocked = self.cli("--db", "/etc/passwd/touchpoint.db", "import", SAMPLE)
        self.assertEqual(blocked.returncode, 74, blocked.stderr)
        self.assertIn("/etc/passwd", blocked.stderr)
        garbage = self.dir / "garbage.db"
        garbage.write_bytes(b"this is not a database" * 100)
        before = garbage.read_bytes()
        corrupt = self.cli("--db", str(garbage), "stats")
        self.assertEqual(corrupt.returncode, 65, corrupt.stderr)
        self.assertEqual(garbage.read_bytes(), before)


if __name__ == "__main__":
    unittest.main()
