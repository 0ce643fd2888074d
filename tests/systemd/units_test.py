#!/usr/bin/env python3
"""Checks of the systemd units and the sysusers entry in systemd/ (ecosystem.md §11 items 1-7).

Usage: units_test.py CHECK --source-dir DIR --touchpointd BIN --touchpoint BIN

CHECK is one of verify-system, verify-user, security, fields, socket-path, sysusers. The unit
templates are rendered into a temporary directory with the build tree's binaries in place of
@CMAKE_INSTALL_FULL_BINDIR@, because `systemd-analyze verify` insists that ExecStart= exists.
Every check that relies on a tool's silence or exit code first shows, on a spoiled copy, that
the tool does speak up; otherwise a tool that silently did nothing would pass.
"""

import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

TIMEOUT = 60  # seconds per external command
# Everything that ever shows up in an address family list of ours.
ALLOWED_FAMILIES = {"AF_UNIX", "AF_INET", "AF_INET6"}
# Directives systemd 252 (Debian 12) does not know; verify's silence covers them too.
NEWER_THAN_252 = ("ImportCredential", "OpenFile", "MemoryKSM", "SetLoginEnvironment")
CREDENTIALS = ("touchpoint.twitter.token", "touchpoint.facebook.token",
               "touchpoint.linkedin.token")


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def run(args, env=None, cwd=None):
    """Runs a command and returns (exit code, stdout + stderr)."""
    full_env = dict(os.environ, SYSTEMD_COLORS="0", SYSTEMD_PAGER="", LC_ALL="C.UTF-8")
    full_env.update(env or {})
    result = subprocess.run(args, env=full_env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT, check=False)
    return result.returncode, result.stdout


# --- unit files --------------------------------------------------------------------------------

def parse_unit(text):
    """{section: [(key, value), ...]} in file order; comments dropped, continuations joined."""
    sections, current, pending = {}, None, ""
    for raw in text.splitlines():
        line = pending + raw.strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
            continue
        expect(current is not None and "=" in line, f"not a unit file line: {raw!r}")
        key, value = line.split("=", 1)
        current.append((key.strip(), value.strip()))
    return sections


def values(unit, section, key):
    """Every assignment of key in section, in order; an empty assignment resets the list, as
    systemd does for list settings."""
    result = []
    for name, value in unit.get(section, []):
        if name == key:
            result = [] if value == "" else result + [value]
    return result


def single(unit, section, key):
    found = [value for name, value in unit.get(section, []) if name == key]
    expect(found, f"[{section}] has no {key}=")
    return found[-1]


def seconds(timespan):
    """A systemd time span ("30s", "1min 30s", "500ms", "30") in seconds."""
    units = {"us": 1e-6, "ms": 1e-3, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600}
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([a-z]*)", timespan)
    expect(parts and "".join(n + u for n, u in parts) == timespan.replace(" ", ""),
           f"cannot read time span {timespan!r}")
    return sum(float(number) * units[unit or "s"] for number, unit in parts)


class Units:
    """The four unit files, rendered into a scratch directory: system/ and user/."""

    def __init__(self, source_dir, touchpointd, touchpoint, scratch):
        self.systemd_dir = pathlib.Path(source_dir).resolve() / "systemd"
        self.scratch = pathlib.Path(scratch)
        self.binaries = {"touchpointd": touchpointd, "touchpoint": touchpoint}
        for scope, prefix in (("system", ""), ("user", "user/")):
            target = self.scratch / scope
            target.mkdir()
            (target / "touchpoint.service").write_text(
                self.render((self.systemd_dir / f"{prefix}touchpoint.service.in").read_text()))
            (target / "touchpoint.socket").write_text(
                (self.systemd_dir / f"{prefix}touchpoint.socket").read_text())

    def render(self, template):
        text = re.sub(r"@CMAKE_INSTALL_FULL_BINDIR@/(touchpointd?)\b",
                      lambda match: self.binaries[match.group(1)], template)
        expect(not re.search(r"@\w+@", text), "unrendered @VARIABLE@ left in a unit template")
        return text

    def path(self, scope, name):
        return self.scratch / scope / name

    def parsed(self, scope, name):
        return parse_unit(self.path(scope, name).read_text())


def verify(units, scope, env, extra_args):
    """verify must exit 0 and print nothing: it exits 0 even on unknown keys (ecosystem.md §4)."""
    directory = units.scratch / scope
    args = ["systemd-analyze", *extra_args, "verify", "--man=no",
            "touchpoint.service", "touchpoint.socket"]

    spoiled = units.scratch / f"{scope}-spoiled"
    spoiled.mkdir()
    (spoiled / "touchpoint.socket").write_text((directory / "touchpoint.socket").read_text())
    (spoiled / "touchpoint.service").write_text(
        (directory / "touchpoint.service").read_text().replace(
            "NoNewPrivileges=yes", "NoNewPrivilege=yes\nType=notify-reload"))
    code, output = run(args, env=env, cwd=spoiled)
    expect("NoNewPrivilege" in output and "notify-reload" in output,
           f"control: verify did not report a misspelt key and Type=notify-reload "
           f"(rc {code}):\n{output}")

    code, output = run(args, env=env, cwd=directory)
    print(f"$ {' '.join(args)}  (in {directory})\nexit {code}, output: {output!r}")
    expect(code == 0, f"systemd-analyze verify exited {code}")
    expect(output == "", "systemd-analyze verify printed something (see above)")


def check_verify_system(units):
    verify(units, "system", {}, [])


def check_verify_user(units):
    runtime = units.scratch / "runtime"
    runtime.mkdir(mode=0o700)
    verify(units, "user", {"XDG_RUNTIME_DIR": str(runtime)}, ["--user"])


def exposure(output):
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+) (\w+)", output)
    expect(match, f"no exposure level in:\n{output}")
    return float(match.group(1)), match.group(2)


def check_security(units):
    # systemd-analyze's threshold is the exposure times ten: 25 means "at most 2.5".
    plain = units.scratch / "plain.service"
    plain.write_text(f"[Service]\nExecStart={units.binaries['touchpointd']}\n")
    code, output = run(["systemd-analyze", "security", "--offline=true", "--threshold=25",
                        str(plain)])
    expect(code != 0, f"control: an unhardened unit passed --threshold=25:\n{output}")
    print("unhardened control unit: exposure %.1f %s" % exposure(output))

    code, output = run(["systemd-analyze", "security", "--offline=true", "--threshold=25",
                        str(units.path("system", "touchpoint.service"))])
    score, verdict = exposure(output)
    print(f"system touchpoint.service: exposure {score:.1f} {verdict} (gate: 2.5)")
    expect(code == 0, f"system unit above the threshold (rc {code}):\n{output}")
    expect(score <= 2.5, f"system unit exposure {score} > 2.5")

    runtime = units.scratch / "runtime-security"
    runtime.mkdir(mode=0o700)
    code, output = run(["systemd-analyze", "--user", "security", "--offline=true",
                        str(units.path("user", "touchpoint.service"))],
                       env={"XDG_RUNTIME_DIR": str(runtime)})
    expect(code == 0, f"scoring the user unit failed (rc {code}):\n{output}")
    print("user touchpoint.service: exposure %.1f %s (reported, not gated)" % exposure(output))


def check_service_fields(service, scope):
    """Item 4, for either unit; the user unit cannot drop capabilities or hide $HOME."""
    s = "Service"
    expected = {
        "Type": "notify", "Restart": "on-failure", "RestartPreventExitStatus": "78",
        "ConfigurationDirectory": "touchpoint",
        "NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes",
        "ProtectHome": "yes" if scope == "system" else "read-only",
    }
    for key, value in expected.items():
        expect(single(service, s, key) == value,
               f"{scope}: {key}={single(service, s, key)}, expected {value}")
    expect(seconds(single(service, s, "WatchdogSec")) > 0, f"{scope}: WatchdogSec= is not > 0")
    if scope == "system":
        expect(single(service, s, "StateDirectory") == "touchpoint",
               "system: StateDirectory= is not touchpoint")
        expect(single(service, s, "CapabilityBoundingSet") == "" and
               values(service, s, "CapabilityBoundingSet") == [],
               "system: CapabilityBoundingSet= is not empty")
        expect(single(service, s, "User") == "touchpoint", "system: User= is not touchpoint")
    else:
        expect(single(service, s, "PrivateUsers") == "yes",
               "user: sandboxing a user unit needs PrivateUsers=yes")
        # systemd 252 puts a user unit's StateDirectory= under ~/.config, later versions under
        # ~/.local/state: the database must not move with the version, nor differ from the
        # CLI's, so the user unit names the XDG state folder itself.
        expect(single(service, s, "ReadWritePaths") == "%h/.local/state/touchpoint",
               "user: ReadWritePaths= is not the XDG state folder")
        for key in ("User", "Group", "CapabilityBoundingSet", "AmbientCapabilities",
                    "StateDirectory"):
            expect(not values(service, s, key), f"user: {key}= makes no sense in a user unit")

    families = " ".join(values(service, s, "RestrictAddressFamilies")).split()
    expect(families and not any(f.startswith("~") for f in families),
           f"{scope}: RestrictAddressFamilies= must be an allow list, got {families}")
    expect(set(families) <= ALLOWED_FAMILIES,
           f"{scope}: RestrictAddressFamilies={families} not within {sorted(ALLOWED_FAMILIES)}")
    allowed_calls = [v for v in values(service, s, "SystemCallFilter") if not v.startswith("~")]
    expect("@system-service" in " ".join(allowed_calls).split(),
           f"{scope}: SystemCallFilter=@system-service missing")

    expect(single(service, s, "ExecStart").split()[0].endswith("/touchpointd"),
           f"{scope}: ExecStart= does not run touchpointd")
    expect(single(service, s, "ExecReload").split()[1:] == ["reload"],
           f"{scope}: ExecReload= is not `touchpoint reload`")
    for key, _ in service[s]:
        expect(key not in NEWER_THAN_252, f"{scope}: {key}= is newer than systemd 252")


def check_fields(units):
    for scope in ("system", "user"):
        service = units.parsed(scope, "touchpoint.service")
        check_service_fields(service, scope)
        raw = units.path(scope, "touchpoint.service").read_text()
        for name in CREDENTIALS:
            expect(re.search(rf"^#\s*LoadCredential={re.escape(name)}\s*$", raw, re.M),
                   f"{scope}: no commented LoadCredential={name} line")
        expect(not re.search(r"^(Environment|EnvironmentFile)=.*token", raw, re.M | re.I),
               f"{scope}: tokens must not be passed in the environment")

        socket = units.parsed(scope, "touchpoint.socket")
        expect(values(socket, "Socket", "ListenStream") == ["%t/touchpoint.sock"],
               f"{scope}: ListenStream= is not %t/touchpoint.sock")
        expect(single(socket, "Socket", "FileDescriptorName") == "query",
               f"{scope}: FileDescriptorName= is not query")
        mode = "0660" if scope == "system" else "0600"
        expect(single(socket, "Socket", "SocketMode") == mode, f"{scope}: SocketMode= not {mode}")
    expect(single(units.parsed("system", "touchpoint.socket"), "Socket", "SocketGroup") ==
           "touchpoint", "system: SocketGroup= is not touchpoint")
    print("fields: system and user units carry every required setting")


def socket_inside_runtime_directory(service, socket):
    """The socket paths that lie in one of the service's RuntimeDirectory= entries. %t stands
    for the manager's runtime directory in both (/run or $XDG_RUNTIME_DIR)."""
    runtime_dirs = [entry.split(":")[0]
                    for value in values(service, "Service", "RuntimeDirectory")
                    for entry in value.split()]
    inside = []
    for listen in values(socket, "Socket", "ListenStream"):
        expect(listen.startswith("%t/"), f"ListenStream={listen} is not below %t")
        relative = pathlib.PurePosixPath(listen[len("%t/"):])
        inside += [listen for d in runtime_dirs
                   if relative.is_relative_to(pathlib.PurePosixPath(d))]
    return inside


def check_socket_path(units):
    control = socket_inside_runtime_directory(
        parse_unit("[Service]\nRuntimeDirectory=other touchpoint:alias\n"),
        parse_unit("[Socket]\nListenStream=%t/touchpoint/touchpoint.sock\n"))
    expect(control, "control: a socket inside RuntimeDirectory=touchpoint was not detected")
    for scope in ("system", "user"):
        inside = socket_inside_runtime_directory(units.parsed(scope, "touchpoint.service"),
                                                 units.parsed(scope, "touchpoint.socket"))
        expect(not inside, f"{scope}: {inside} inside the service's RuntimeDirectory=")
    print("socket-path: the socket is in no RuntimeDirectory= of the service")


def check_sysusers(units):
    root = units.scratch / "root"
    (root / "etc").mkdir(parents=True)
    code, output = run(["systemd-sysusers", f"--root={root}",
                        str(units.systemd_dir / "touchpoint.sysusers")])
    print(output, end="")
    expect(code == 0, f"systemd-sysusers exited {code}")
    users = {line.split(":")[0]: line.split(":")
             for line in (root / "etc/passwd").read_text().splitlines()}
    groups = {line.split(":")[0]: line.split(":")
              for line in (root / "etc/group").read_text().splitlines()}
    expect("touchpoint" in users, "no user touchpoint in etc/passwd")
    expect("touchpoint" in groups, "no group touchpoint in etc/group")
    user, group = users["touchpoint"], groups["touchpoint"]
    expect(user[3] == group[2], f"user touchpoint's primary group is {user[3]}, not {group[2]}")
    expect(int(user[2]) < 1000, f"touchpoint got uid {user[2]}, not a system uid")
    expect(user[5] == "/var/lib/touchpoint", f"home {user[5]} is not the StateDirectory")
    expect(user[6].endswith("nologin"), f"shell {user[6]} allows logins")
    print(f"sysusers: user touchpoint uid {user[2]}, group gid {group[2]}")


CHECKS = {
    "verify-system": check_verify_system,
    "verify-user": check_verify_user,
    "security": check_security,
    "fields": check_fields,
    "socket-path": check_socket_path,
    "sysusers": check_sysusers,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("check", choices=sorted(CHECKS))
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--touchpointd", required=True)
    parser.add_argument("--touchpoint", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="touchpoint-units-") as scratch:
        units = Units(args.source_dir, args.touchpointd, args.touchpoint, scratch)
        try:
            CHECKS[args.check](units)
        except Failure as failure:
            print(f"FAIL: {failure}", file=sys.stderr)
            return 1
    print(f"{args.check}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
