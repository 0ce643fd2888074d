#!/usr/bin/env python3
"""Man pages and bash completion (ecosystem.md §11 items 24, 25 and the documentation half of
23): they format without warnings, parse, and cover what the binaries actually offer.

Usage: docs_test.py {man-pages,completion} --source-dir DIR --touchpoint BIN --touchpointd BIN

The binaries' --help output is the list of what must be documented and completed, so a
command added to the CLI without its man page entry or completion fails here.
"""

import argparse
import os
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile

TIMEOUT = 60  # seconds per external command
PAGES = ("touchpoint.1", "touchpointd.8", "touchpoint.toml.5")
# Commands the daemon brings, documented and completed before the CLI has them all.
DAEMON_COMMANDS = {"status", "reload", "timeline"}
EXIT_CODES = (0, 1, 2, 65, 66, 69, 74, 75, 77, 78)
DAEMON_OPTIONS = {"--config", "--print-default-config", "--log-level", "--strict", "--version",
                  "--help"}
DAEMON_TERMS = ("SIGHUP", "SIGTERM", "STATE_DIRECTORY", "CONFIGURATION_DIRECTORY",
                "CREDENTIALS_DIRECTORY", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR",
                "LISTEN_FDS", "touchpoint.socket", "78")
CONFIG_SECTIONS = {"scoring", "daemon", "storage", "watch", "connectors.twitter",
                   "connectors.facebook", "connectors.linkedin"}


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def run(args, env=None, **kwargs):
    result = subprocess.run(args, env=dict(os.environ, **(env or {})), text=True,
                            timeout=TIMEOUT, check=False, **kwargs)
    return result


def stdout_of(args):
    result = run(args, stdout=subprocess.PIPE)
    expect(result.returncode == 0, f"{' '.join(args)} exited {result.returncode}")
    return result.stdout


def help_sections(binary, *command):
    """CLI11 --help output as {"Options": [...], "Subcommands": [...]}: the first column."""
    sections, current = {}, None
    for line in stdout_of([binary, *command, "--help"]).splitlines():
        if re.match(r"^\w[\w ]*:$", line):
            current = sections.setdefault(line[:-1], [])
        elif current is not None and line.startswith("  ") and line.strip():
            current.append(line.split()[0])
    return sections


def long_options(entries):
    """"-q,--quiet" -> {"--quiet"}"""
    return {name for entry in entries for name in entry.split(",") if name.startswith("--")}


def roff_text(path):
    """The page's words with roff escapes for hyphens and fonts undone, comments dropped."""
    lines = [line for line in path.read_text().splitlines() if not line.startswith('.\\"')]
    text = "\n".join(lines).replace("\\-", "-").replace("\\(en", "-")
    return re.sub(r"\\f[BIRP]|\\c", "", text)


def section(text, name):
    match = re.search(rf"^\.SH {re.escape(name)}\n(.*?)(?=^\.SH |\Z)", text, re.M | re.S)
    expect(match, f"no section {name}")
    return match.group(1)


def man_warnings(page):
    # 80 columns is what man formats for when not writing to a terminal.
    result = run(["man", "--warnings", "-l", str(page)], stdout=subprocess.DEVNULL,
                 stderr=subprocess.PIPE, env={"MANWIDTH": "80", "LC_ALL": "C.UTF-8"})
    return result.returncode, result.stderr


def check_man_pages(args):
    pages = pathlib.Path(args.source_dir) / "doc" / "man"
    with tempfile.TemporaryDirectory(prefix="touchpoint-man-") as scratch:
        spoiled = pathlib.Path(scratch) / "spoiled.1"
        spoiled.write_text((pages / "touchpoint.1").read_text() + ".BOGUS macro\n")
        _, warnings = man_warnings(spoiled)
        expect("BOGUS" in warnings, f"control: man --warnings missed an unknown macro: {warnings!r}")
    for name in PAGES:
        code, warnings = man_warnings(pages / name)
        print(f"man --warnings -l {name}: exit {code}, warnings {warnings!r}")
        expect(code == 0 and warnings == "", f"{name} does not format cleanly")

    client = roff_text(pages / "touchpoint.1")
    commands = set(help_sections(args.touchpoint)["Subcommands"]) | DAEMON_COMMANDS
    documented = set(re.findall(r"^\.TP\n(?:\.B[IR]? +)?\"?([a-z]+)", section(client, "COMMANDS"),
                                re.M))
    expect(commands <= documented, f"touchpoint.1 lacks commands {sorted(commands - documented)}")
    options = long_options(help_sections(args.touchpoint)["Options"]) | {"--socket"}
    missing = {option for option in options if option not in section(client, "GLOBAL OPTIONS")}
    expect(not missing, f"touchpoint.1 lacks global options {sorted(missing)}")
    exit_status = section(client, "EXIT STATUS")
    codes = {int(code) for code in re.findall(r"^\.TP\n\.BR? (\d+)", exit_status, re.M)}
    expect(codes == set(EXIT_CODES), f"touchpoint.1 exit codes {sorted(codes)}, "
                                     f"expected {list(EXIT_CODES)}")
    expect("touchpoint.socket" in exit_status.split(".BR 69")[1].split(".TP")[0],
           "exit code 69 has no hint about touchpoint.socket")
    expect("usermod -aG touchpoint" in exit_status.split(".BR 77")[1].split(".TP")[0],
           "exit code 77 has no hint about the group touchpoint")

    daemon = roff_text(pages / "touchpointd.8")
    options = long_options(help_sections(args.touchpointd)["Options"]) | DAEMON_OPTIONS
    missing = {option for option in options if option not in section(daemon, "OPTIONS")}
    expect(not missing, f"touchpointd.8 lacks options {sorted(missing)}")
    missing = [term for term in DAEMON_TERMS if term not in daemon]
    expect(not missing, f"touchpointd.8 does not mention {missing}")

    config = roff_text(pages / "touchpoint.toml.5")
    shipped = set(re.findall(r"^\[([\w.]+)\]$",
                             stdout_of([args.touchpointd, "--print-default-config"]), re.M))
    sections = shipped | CONFIG_SECTIONS
    missing = {name for name in sections if f"[{name}]" not in section(config, "SECTIONS")}
    expect(not missing, f"touchpoint.toml.5 lacks sections {sorted(missing)}")
    print(f"man pages: {len(commands)} commands, {len(codes)} exit codes, "
          f"{len(sections)} config sections documented")


def complete(script, words, cwd):
    """The candidates _touchpoint offers with the cursor at the end of the last word."""
    program = (f"source {shlex.quote(str(script))}\n"
               f"COMP_WORDS=({' '.join(shlex.quote(w) for w in words)})\n"
               f"COMP_CWORD={len(words) - 1}\n"
               "_touchpoint\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    result = run(["bash", "--norc", "--noprofile", "-c", program], cwd=cwd,
                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    expect(result.returncode == 0 and result.stderr == "",
           f"completing {words}: exit {result.returncode}, {result.stderr}")
    return set(filter(None, result.stdout.split("\n")))


def check_completion(args):
    script = pathlib.Path(args.source_dir).resolve() / "cli" / "completion" / "touchpoint.bash"
    result = run(["bash", "-n", str(script)], stderr=subprocess.PIPE)
    expect(result.returncode == 0 and result.stderr == "", f"bash -n: {result.stderr}")

    with tempfile.TemporaryDirectory(prefix="touchpoint-completion-") as scratch:
        for name in ("twitter.zip", "notes.txt", "touchpoint.toml"):
            (pathlib.Path(scratch) / name).touch()
        (pathlib.Path(scratch) / "unpacked").mkdir()

        commands = set(help_sections(args.touchpoint)["Subcommands"]) | DAEMON_COMMANDS
        offered = complete(script, ["touchpoint", ""], scratch)
        expect(commands <= offered, f"commands not completed: {sorted(commands - offered)}")
        expect(complete(script, ["touchpoint", "st"], scratch) == {"stats", "status"},
               "`touchpoint st` should offer stats and status")
        options = long_options(help_sections(args.touchpoint)["Options"]) | {"--socket"}
        offered = complete(script, ["touchpoint", "--db", "x.db", "calls", "--"], scratch)
        expect(options | {"--as-of"} <= offered,
               f"`calls --` misses {sorted(options | {'--as-of'} - offered)}")
        for command, option in (("snooze", "--until"), ("person", "--why")):
            expect(option in complete(script, ["touchpoint", command, "1", "--"], scratch),
                   f"`{command} --` misses {option}")
        expect(complete(script, ["touchpoint", "import", ""], scratch) ==
               {"twitter.zip", "unpacked"}, "`import` should offer zip files and folders")
        expect(complete(script, ["touchpoint", "--db", "=", ""], scratch) ==
               {"twitter.zip", "notes.txt", "touchpoint.toml", "unpacked"},
               "`--db=` should offer every file")
        expect(complete(script, ["touchpoint", "--json", "config", ""], scratch) ==
               {"default", "check"}, "`config` should offer default and check")
        expect(complete(script, ["touchpoint", "config", "check", ""], scratch) ==
               {"touchpoint.toml", "unpacked"}, "`config check` should offer .toml files")
    print(f"completion: bash -n clean; {len(commands)} commands and their options complete")


CHECKS = {"man-pages": check_man_pages, "completion": check_completion}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("check", choices=sorted(CHECKS))
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--touchpoint", required=True)
    parser.add_argument("--touchpointd", required=True)
    args = parser.parse_args()
    try:
        CHECKS[args.check](args)
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    print(f"{args.check}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
