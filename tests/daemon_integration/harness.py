"""Starts touchpointd and the touchpoint CLI for the daemon integration tests.

Everything runs in a fresh temporary directory: config, database, socket. Every wait is
bounded; every daemon started is killed when its test ends.
"""
import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent
EXAMPLES = SOURCE / "examples"
GENERATOR = SOURCE / "tests" / "fixtures" / "gen_twitter_archive.py"

TOUCHPOINTD = os.environ.get("TOUCHPOINTD", "")
TOUCHPOINT = os.environ.get("TOUCHPOINT", "")


def wait_for(predicate, timeout=10.0, step=0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


class NotifyListener:
    """A datagram socket standing in for systemd's NOTIFY_SOCKET."""

    def __init__(self, path):
        self.path = str(path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.05)
        self.messages = []  # (monotonic time, text)

    def poll(self, duration=0.0):
        deadline = time.monotonic() + duration
        while True:
            try:
                data = self.sock.recv(65536)
                self.messages.append((time.monotonic(), data.decode()))
                continue
            except socket.timeout:
                pass
            if time.monotonic() >= deadline:
                return

    def wait_for(self, text, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll(0.05)
            if any(text in m for _, m in self.messages):
                return True
        return False

    def lines(self):
        return [line for _, m in self.messages for line in m.split("\n")]

    def close(self):
        self.sock.close()


class Rpc:
    """One client connection speaking JSON-RPC lines."""

    def __init__(self, path, timeout=10.0):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        try:
            self.sock.connect(str(path))
        except OSError:
            self.sock.close()
            raise
        self.buffer = b""
        self.next_id = 1

    def send_raw(self, data):
        self.sock.sendall(data)

    def read_line(self):
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("connection closed")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def call(self, method, params=None):
        request = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        self.next_id += 1
        if params is not None:
            request["params"] = params
        self.send_raw((json.dumps(request) + "\n").encode())
        while True:
            message = self.read_line()
            if "id" in message:
                return message

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class DaemonTestCase(unittest.TestCase):
    """A temp dir with a config; start() runs touchpointd on it."""

    def setUp(self):
        self.assertTrue(TOUCHPOINTD and TOUCHPOINT, "set TOUCHPOINTD and TOUCHPOINT")
        self.tmp = tempfile.TemporaryDirectory(prefix="tp-daemon-")
        self.dir = pathlib.Path(self.tmp.name)
        self.socket = self.dir / "touchpoint.sock"
        self.db = self.dir / "touchpoint.db"
        self.config = self.dir / "touchpoint.toml"
        self.log = self.dir / "daemon.log"
        self.write_config()
        self.processes = []

    def tearDown(self):
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
        self.tmp.cleanup()

    def write_config(self, extra="", log_level="info", tables=""):
        """`extra` goes into [daemon]; `tables` (whole sections) after [storage]."""
        self.config.write_text(
            f'[daemon]\nsocket = "{self.socket}"\nlog_level = "{log_level}"\n'
            f"io_timeout_seconds = 1\n{extra}\n"
            f'[storage]\ndatabase = "{self.db}"\n{tables}\n')

    def start(self, args=(), env=None, wrapper=(), wait=True):
        log = open(self.log, "ab")
        environment = dict(os.environ)
        for key in ("NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "WATCHDOG_USEC",
                    "STATE_DIRECTORY", "CONFIGURATION_DIRECTORY", "CREDENTIALS_DIRECTORY",
                    "TOUCHPOINT_SOCKET"):
            environment.pop(key, None)
        environment.update(env or {})
        process = subprocess.Popen(
            list(wrapper) + [TOUCHPOINTD, "--config", str(self.config), *args],
            stdout=log, stderr=log, env=environment)
        log.close()
        self.processes.append(process)
        if wait:
            self.assertTrue(wait_for(lambda: process.poll() is not None or self.answers(), 15)
                            and process.poll() is None,
                            "the daemon did not answer:\n" + self.log_text())
        return process

    def answers(self, path=None):
        try:
            with Rpc(path or self.socket, timeout=2) as rpc:
                return "result" in rpc.call("status")
        except (OSError, EOFError, ValueError):
            return False

    def stop(self, process, timeout=10):
        process.send_signal(signal.SIGTERM)
        return process.wait(timeout=timeout)

    def log_text(self):
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def cli(self, *args, env=None, timeout=120, input=None):
        environment = dict(os.environ)
        environment.pop("TOUCHPOINT_SOCKET", None)
        environment.update(env or {})
        return subprocess.run([TOUCHPOINT, *args], capture_output=True, text=True,
                              timeout=timeout, env=environment, input=input)

    def rpc(self, method, params=None):
        with Rpc(self.socket) as client:
            return client.call(method, params)


def generate_twitter(path, tweets, seed=1):
    subprocess.run([sys.executable, str(GENERATOR), "--out", str(path), "--tweets", str(tweets),
                    "--dm-conversations", "40", "--dm-messages", str(max(100, tweets // 5)),
                    "--seed", str(seed)], check=True, capture_output=True, timeout=600)
    return path
