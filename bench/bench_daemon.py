#!/usr/bin/env python3
"""Benchmarks touchpointd: idle cost, and query latency under concurrent clients.

  idle     starts the daemon on a small database (the bundled samples), waits for it to
           settle, then reads its CPU time and resident memory from /proc over --idle-seconds.
  latency  starts the daemon on a copy of --db (e.g. the 1M-event database bench_scoring.py
           builds), then --clients connections (bench/daemon_load.cc: one thread, poll())
           each send `calls` and `status` requests in turn, one at a time, for --seconds;
           reports p50/p99/max per method.

Python 3 standard library only. Benchmark a Release build (./setup.sh makes one in build/).
"""
import argparse
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def log(*args):
    print(*args, file=sys.stderr, flush=True)


class Client:
    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(60)
        self.sock.connect(str(path))
        self.buffer = b""
        self.next_id = 0

    def call(self, method, params=None):
        self.next_id += 1
        request = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params:
            request["params"] = params
        self.sock.sendall((json.dumps(request) + "\n").encode())
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise EOFError("daemon closed the connection")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(reply["error"])
        return reply["result"]

    def close(self):
        self.sock.close()


class Daemon:
    def __init__(self, binary, work, db, extra_config=""):
        self.socket = work / "touchpoint.sock"
        config = work / "touchpoint.toml"
        config.write_text(f'[daemon]\nsocket = "{self.socket}"\nlog_level = "warn"\n'
                          f'{extra_config}\n[storage]\ndatabase = "{db}"\n')
        self.process = subprocess.Popen([binary, "--config", str(config)],
                                        stderr=open(work / "daemon.log", "wb"))
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                client = Client(self.socket)
                client.call("status")
                client.close()
                return
            except (OSError, EOFError):
                time.sleep(0.05)
        raise RuntimeError("the daemon did not answer; see " + str(work / "daemon.log"))

    def cpu_seconds(self):
        fields = pathlib.Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

    def memory_kib(self, field):
        for line in pathlib.Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
        return 0

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def bench_idle(args, work):
    db = work / "idle.db"
    for archive in sorted((ROOT / "examples").glob("*.zip")):
        subprocess.run([args.touchpoint, "--db", str(db), "import", "-q", str(archive)],
                       check=True, capture_output=True)
    daemon = Daemon(args.touchpointd, work, db)
    try:
        client = Client(daemon.socket)
        client.call("calls", {"as_of": "2025-11-21"})  # the catch-up is start-up work, not idle
        client.close()
        time.sleep(5)
        cpu_before, wall_before = daemon.cpu_seconds(), time.monotonic()
        log(f"idle: measuring for {args.idle_seconds} s")
        time.sleep(args.idle_seconds)
        cpu = daemon.cpu_seconds() - cpu_before
        wall = time.monotonic() - wall_before
        return {"seconds": round(wall, 1), "cpu_seconds": round(cpu, 3),
                "cpu_percent_of_one_core": round(100 * cpu / wall, 4),
                "rss_mib": round(daemon.memory_kib("VmRSS") / 1024, 1),
                "peak_rss_mib": round(daemon.memory_kib("VmHWM") / 1024, 1)}
    finally:
        daemon.stop()


def bench_latency(args, work):
    db = work / "latency.db"
    log(f"latency: copying {args.db}")
    shutil.copy(args.db, db)
    daemon = Daemon(args.touchpointd, work, db)
    try:
        warm = Client(daemon.socket)
        events = warm.call("stats")["events"]
        calls_params = {"as_of": args.as_of} if args.as_of else None
        began = time.monotonic()
        warm.call("calls", calls_params)  # scoring catch-up, once
        log(f"latency: {events} events; first calls took {time.monotonic() - began:.2f} s")
        warm.close()
        calls = {"jsonrpc": "2.0", "method": "calls"}
        if calls_params:
            calls["params"] = calls_params
        status = {"jsonrpc": "2.0", "method": "status"}
        log(f"latency: {args.clients} clients for {args.seconds} s")
        measured = subprocess.run(
            [args.load, str(daemon.socket), str(args.clients), str(args.seconds),
             json.dumps(calls), json.dumps(status)],
            capture_output=True, text=True, timeout=args.seconds + 120)
        if measured.returncode != 0:
            raise RuntimeError("daemon_load failed: " + measured.stderr)
        result = {"events": events, "clients": args.clients, "seconds": args.seconds}
        result.update(json.loads(measured.stdout))
        return result
    finally:
        daemon.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="*", default=["idle", "latency"], choices=["idle", "latency"])
    parser.add_argument("--touchpointd", default=str(ROOT / "build/daemon/touchpointd"))
    parser.add_argument("--touchpoint", default=str(ROOT / "build/cli/touchpoint"))
    parser.add_argument("--load", default=str(ROOT / "build/bench/daemon_load"),
                        help="the load generator (bench/daemon_load.cc)")
    parser.add_argument("--db", help="database for the latency run (it is copied, not changed)")
    parser.add_argument("--as-of", default="", help="as_of for calls (default: now)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--idle-seconds", type=float, default=60)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="tp-bench-daemon-") as tmp:
        work = pathlib.Path(tmp)
        if "idle" in args.what:
            results["idle"] = bench_idle(args, work)
        if "latency" in args.what:
            if not args.db:
                parser.error("latency needs --db (see bench/README.md)")
            results["latency"] = bench_latency(args, work)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    if "idle" in results:
        idle = results["idle"]
        print(f"idle {idle['seconds']} s: CPU {idle['cpu_percent_of_one_core']}% of one core "
              f"({idle['cpu_seconds']} s), RSS {idle['rss_mib']} MiB (peak {idle['peak_rss_mib']} MiB)")
    if "latency" in results:
        latency = results["latency"]
        print(f"latency, {latency['events']} events, {latency['clients']} clients, "
              f"{latency['seconds']} s:")
        for method in ("calls", "status"):
            m = latency[method]
            print(f"  {method:7s} {m['requests']:7d} requests  p50 {m['p50_ms']:7.2f} ms  "
                  f"p99 {m['p99_ms']:7.2f} ms  max {m['max_ms']:7.2f} ms")


if __name__ == "__main__":
    main()
