#!/usr/bin/env python3
"""The daemon's socket under normal and hostile use: every method answers as the CLI's direct
mode does, and bad input (long lines, invalid JSON, unknown methods, wrong types, stalled
and vanishing clients, 500 connections at once) gets a JSON-RPC error or a closed connection
while everyone else keeps being served.
"""
import json
import socket
import subprocess
import sys
import time
import unittest

from harness import DaemonTestCase, Rpc, EXAMPLES, GENERATOR, generate_twitter, wait_for

SAMPLES = sorted(str(p) for p in EXAMPLES.glob("*.zip"))
AS_OF = "2025-11-21"


class MethodsTest(DaemonTestCase):
    def setUp(self):
        super().setUp()
        self.daemon = self.start()
        imported = self.cli("--socket", str(self.socket), "import", "--json", *SAMPLES)
        self.assertEqual(imported.returncode, 0, imported.stderr)
        self.report = json.loads(imported.stdout)

    def direct(self, *args):
        result = self.cli("--db", str(self.db), "--json", *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def through_daemon(self, *args):
        result = self.cli("--socket", str(self.socket), "--json", *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def test_import_passes_descriptors_and_reports_every_file(self):
        self.assertEqual([f["status"] for f in self.report["files"]], ["ok"] * len(SAMPLES))
        self.assertGreater(sum(f["added"] for f in self.report["files"]), 1000)
        again = self.cli("--socket", str(self.socket), "import", "--json", *SAMPLES)
        self.assertEqual(sum(f["added"] for f in json.loads(again.stdout)["files"]), 0)

    def test_an_extracted_folder_is_imported_through_its_descriptor(self):
        folder = self.dir / "extracted"
        subprocess.run([sys.executable, str(GENERATOR), "--out", str(folder), "--format", "dir",
                        "--tweets", "200", "--seed", "11"], check=True, capture_output=True,
                       timeout=120)
        result = self.cli("--socket", str(self.socket), "import", "--json", str(folder))
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)["files"][0]
        self.assertEqual(report["file"], str(folder))
        self.assertGreater(report["added"], 100)

    def test_both_paths_give_the_same_results(self):
        people = self.direct("people")["people"]
        someone = people[0]["name"]
        for args in (["stats"], ["calls", "--as-of", AS_OF], ["people"], ["graph"],
                     ["person", someone], ["timeline", someone], ["search", "coffee"]):
            with self.subTest(command=args[0]):
                via_daemon = self.through_daemon(*args)
                direct = self.direct(*args)
                self.assertEqual(via_daemon, direct)
        self.assertGreater(len(self.direct("calls", "--as-of", AS_OF)["calls"]), 0)

    def test_writes_through_the_daemon_are_seen_by_the_next_read(self):
        people = self.through_daemon("people")["people"]  # now a stored answer
        # A call to acknowledge later, taken before the link: linking two strangers can give
        # one of them history that changes the list (the scorer's business, not this test's).
        calls = self.through_daemon("calls", "--as-of", AS_OF)["calls"]
        a, b = people[0], people[1]
        ref = lambda person: "#" + str(person["identities"][0]["id"])
        linked = self.cli("--socket", str(self.socket), "link", ref(a), ref(b))
        self.assertEqual(linked.returncode, 0, linked.stderr)
        after = self.through_daemon("people")
        self.assertEqual(len(after["people"]), len(people) - 1)
        self.assertEqual(after, self.direct("people"))
        ack = self.cli("--socket", str(self.socket), "ack", str(calls[0]["id"]))
        self.assertEqual(ack.returncode, 0, ack.stderr)
        missing = self.cli("--socket", str(self.socket), "dismiss", "999999999")
        self.assertEqual(missing.returncode, 66, missing.stderr)

    def test_a_direct_import_shows_through_the_daemon(self):
        before = self.through_daemon("stats")["events"]
        extra = self.dir / "extra.zip"
        subprocess.run([sys.executable, str(GENERATOR), "--out", str(extra), "--tweets", "120",
                        "--seed", "12"], check=True, capture_output=True, timeout=120)
        result = self.cli("--db", str(self.db), "import", str(extra))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(wait_for(lambda: self.through_daemon("stats")["events"] > before, 10))
        self.assertTrue(wait_for(lambda: self.through_daemon("people") == self.direct("people"), 10))

    def test_direct_import_while_the_daemon_runs(self):
        other = self.dir / "direct.db"
        # The same database, written by another process while the daemon holds it open.
        result = self.cli("--db", str(self.db), "import", "--json", *SAMPLES)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sum(f["added"] for f in json.loads(result.stdout)["files"]), 0)
        stats = self.through_daemon("stats")
        self.assertEqual(stats, self.direct("stats"))
        self.assertFalse(other.exists())

    def test_status_reports_connectors(self):
        status = self.rpc("status")["result"]
        self.assertEqual({c["name"] for c in status["connectors"]}, {"twitter", "facebook", "linkedin"})
        self.assertEqual(status["database"], str(self.db))


class DuringImportTest(DaemonTestCase):
    def test_queries_are_answered_while_an_import_runs_and_progress_is_reported(self):
        import array
        archive = generate_twitter(self.dir / "big.zip", 60000)
        self.start()
        self.assertEqual(self.cli("--socket", str(self.socket), "import", str(EXAMPLES /
                                  "linkedin-sample.zip")).returncode, 0)
        importer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        importer.settimeout(300)
        importer.connect(str(self.socket))
        with open(archive, "rb") as handle:
            request = b'{"jsonrpc":"2.0","id":1,"method":"import","params":{"name":"big.zip"}}\n'
            importer.sendmsg([request], [(socket.SOL_SOCKET, socket.SCM_RIGHTS,
                                          array.array("i", [handle.fileno()]))])
        notifications, answered_during, buffer = [], [], b""
        while True:
            while b"\n" not in buffer:
                chunk = importer.recv(65536)
                self.assertTrue(chunk, "the daemon closed the import connection")
                buffer += chunk
            line, buffer = buffer.split(b"\n", 1)
            message = json.loads(line)
            if "id" in message:
                break
            notifications.append(message)
            if len(answered_during) < 3:
                began = time.monotonic()
                reply = self.rpc("stats")
                answered_during.append((time.monotonic() - began, "result" in reply))
        importer.close()
        self.assertIn("result", message, message)
        self.assertGreater(message["result"]["added"], 50000)
        self.assertGreaterEqual(len(notifications), 2)
        self.assertTrue(all(n["method"] == "progress" for n in notifications))
        done = [n["params"]["done"] for n in notifications]
        self.assertEqual(done, sorted(done))
        self.assertEqual(notifications[0]["params"]["file"], "big.zip")
        self.assertTrue(answered_during, "no query was made during the import")
        for seconds, ok in answered_during:
            self.assertTrue(ok)
            self.assertLess(seconds, 2.0)


class HostileClientsTest(DaemonTestCase):
    def setUp(self):
        super().setUp()
        self.daemon = self.start()

    def raw(self, data, timeout=5):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout)
            client.connect(str(self.socket))
            client.sendall(data)
            reply = b""
            while b"\n" not in reply:
                chunk = client.recv(65536)
                if not chunk:
                    break
                reply += chunk
            return json.loads(reply.split(b"\n")[0]) if reply else None

    def error_code(self, data):
        reply = self.raw(data)
        self.assertIsNotNone(reply)
        return reply["error"]["code"]

    def test_protocol_errors(self):
        self.assertEqual(self.error_code(b"{not json\n"), -32700)
        self.assertEqual(self.error_code(b"[1,2]\n"), -32600)
        self.assertEqual(self.error_code(b'{"jsonrpc":"1.0","id":1,"method":"status"}\n'), -32600)
        self.assertEqual(self.error_code(b'{"jsonrpc":"2.0","id":1,"method":"fly"}\n'), -32601)
        self.assertEqual(
            self.error_code(b'{"jsonrpc":"2.0","id":1,"method":"calls","params":{"as_of":5}}\n'),
            -32602)
        self.assertEqual(
            self.error_code(b'{"jsonrpc":"2.0","id":1,"method":"ack","params":{"id":"x"}}\n'),
            -32602)
        self.assertEqual(
            self.error_code(b'{"jsonrpc":"2.0","id":1,"method":"person","params":[1]}\n'), -32602)
        self.assertEqual(
            self.error_code(b'{"jsonrpc":"2.0","id":2,"method":"import","params":{}}\n'), -32602)
        self.assertIn("result", self.rpc("status"))

    def test_a_line_over_one_mebibyte_is_refused(self):
        line = b'{"jsonrpc":"2.0","id":1,"method":"search","params":{"text":"' + \
            b"a" * (1 << 20) + b'"}}\n'
        reply = self.raw(line)
        self.assertTrue(reply is None or reply["error"]["code"] == -32600, reply)
        self.assertIn("result", self.rpc("status"))

    def test_a_stalled_half_line_is_dropped_and_others_are_served(self):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stalled:
            stalled.settimeout(5)
            stalled.connect(str(self.socket))
            stalled.sendall(b'{"jsonrpc":"2.0","id":1,"meth')
            began = time.monotonic()
            self.assertIn("result", self.rpc("status"))
            self.assertEqual(stalled.recv(100), b"")  # closed after io_timeout_seconds = 1
            self.assertLess(time.monotonic() - began, 4)

    def test_a_client_leaving_mid_reply_hurts_nobody(self):
        for _ in range(20):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.connect(str(self.socket))
                client.sendall(b'{"jsonrpc":"2.0","id":1,"method":"status"}\n' * 5)
        self.assertIn("result", self.rpc("status"))
        self.assertIsNone(self.daemon.poll())

    def test_five_hundred_connections_at_once(self):
        clients, answered, closed = [], 0, 0
        try:
            for _ in range(500):
                client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                client.settimeout(10)
                client.connect(str(self.socket))
                clients.append(client)
            for client in clients:
                client.sendall(b'{"jsonrpc":"2.0","id":1,"method":"status"}\n')
            for client in clients:
                data = b""
                try:
                    while b"\n" not in data:
                        chunk = client.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                except (ConnectionResetError, socket.timeout):
                    pass
                if b'"result"' in data:
                    answered += 1
                else:
                    closed += 1
        finally:
            for client in clients:
                client.close()
        self.assertEqual(answered + closed, 500)
        self.assertGreater(answered, 0)
        self.assertIn("result", self.rpc("status"))

    def test_pipelined_requests_are_all_answered(self):
        with Rpc(self.socket) as client:
            lines = b"".join(
                (json.dumps({"jsonrpc": "2.0", "id": i, "method": "status"}) + "\n").encode()
                for i in range(50))
            client.send_raw(lines)
            ids = sorted(client.read_line()["id"] for _ in range(50))
        self.assertEqual(ids, list(range(50)))

    def test_usable_from_socat(self):
        reply = subprocess.run(
            ["socat", "-t", "5", "-", f"UNIX-CONNECT:{self.socket}"],
            input='{"jsonrpc":"2.0","id":7,"method":"stats"}\n', capture_output=True,
            text=True, timeout=20)
        self.assertEqual(json.loads(reply.stdout)["id"], 7, reply.stderr)


if __name__ == "__main__":
    unittest.main()
