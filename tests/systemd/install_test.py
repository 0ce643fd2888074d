#!/usr/bin/env python3
"""A staged install lands every file under the GNU install directories of the prefix given to
`cmake --install`, inside DESTDIR and nowhere else, and the installed units run the installed
binaries (ecosystem.md §11 items 24, 25, 27, 28).

Usage: install_test.py --build-dir DIR --source-dir DIR

Installs twice, with --prefix /usr (the Debian layout, config in /etc) and --prefix /usr/local
(config in /usr/local/etc), whatever prefix the build tree was configured with.
"""

import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

TIMEOUT = 300  # seconds for one `cmake --install`; it copies two debug binaries


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def expected_files(prefix):
    """Paths relative to DESTDIR, for an install to prefix, with their expected mode bits."""
    usr = prefix.strip("/")
    etc = "etc" if prefix == "/usr" else f"{usr}/etc"
    return {
        f"{usr}/bin/touchpoint": 0o755,
        f"{usr}/bin/touchpointd": 0o755,
        f"{usr}/lib/systemd/system/touchpoint.service": 0o644,
        f"{usr}/lib/systemd/system/touchpoint.socket": 0o644,
        f"{usr}/lib/systemd/user/touchpoint.service": 0o644,
        f"{usr}/lib/systemd/user/touchpoint.socket": 0o644,
        f"{usr}/lib/sysusers.d/touchpoint.conf": 0o644,
        f"{etc}/touchpoint/touchpoint.toml": 0o644,
        f"{usr}/share/man/man1/touchpoint.1": 0o644,
        f"{usr}/share/man/man8/touchpointd.8": 0o644,
        f"{usr}/share/man/man5/touchpoint.toml.5": 0o644,
        f"{usr}/share/bash-completion/completions/touchpoint": 0o644,
    }


def unit_value(text, key):
    found = re.findall(rf"^{key}=(.*)$", text, re.M)
    expect(len(found) == 1, f"expected one {key}= line, found {found}")
    return found[0]


def check_install(build_dir, source_dir, prefix, stage):
    destdir = stage / "destdir"
    destdir.mkdir()
    env = dict(os.environ, DESTDIR=str(destdir))
    args = ["cmake", "--install", str(build_dir), "--prefix", prefix]
    result = subprocess.run(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, timeout=TIMEOUT, check=False)
    print(f"$ DESTDIR={destdir} {' '.join(args)}\n{result.stdout}", end="")
    expect(result.returncode == 0, f"cmake --install exited {result.returncode}")

    # Nothing outside DESTDIR: every file CMake reports writing is inside it, and the files
    # in DESTDIR are exactly those of the manifest (which CMake writes without DESTDIR).
    reported = re.findall(r"^-- (?:Installing|Up-to-date): (.*)$", result.stdout, re.M)
    expect(reported, "cmake --install reported no files")
    outside = [path for path in reported if not path.startswith(f"{destdir}/")]
    expect(not outside, f"written outside DESTDIR: {outside}")
    manifest = set(filter(None, (build_dir / "install_manifest.txt").read_text().split("\n")))
    staged = {"/" + str(path.relative_to(destdir)) for path in destdir.rglob("*")
              if not path.is_dir()}
    expect(staged == manifest, f"DESTDIR and the manifest differ: only in DESTDIR "
                               f"{sorted(staged - manifest)}, only in the manifest "
                               f"{sorted(manifest - staged)}")

    for relative, mode in expected_files(prefix).items():
        path = destdir / relative
        expect(path.is_file(), f"not installed: {relative}")
        expect(path.stat().st_mode & 0o777 == mode,
               f"{relative} has mode {path.stat().st_mode & 0o777:o}, expected {mode:o}")

    bindir = f"{prefix.rstrip('/')}/bin"
    for scope in ("system", "user"):
        unit = (destdir / prefix.strip("/") / f"lib/systemd/{scope}/touchpoint.service").read_text()
        expect(unit_value(unit, "ExecStart") == f"{bindir}/touchpointd",
               f"{scope} unit: ExecStart={unit_value(unit, 'ExecStart')}, "
               f"expected {bindir}/touchpointd")
        expect(unit_value(unit, "ExecReload") == f"{bindir}/touchpoint reload",
               f"{scope} unit: ExecReload={unit_value(unit, 'ExecReload')}")
        expect(not re.search(r"@\w+@", unit), f"{scope} unit: an @VARIABLE@ was left unrendered")

    source = pathlib.Path(source_dir)
    same = {
        "lib/sysusers.d/touchpoint.conf": source / "systemd/touchpoint.sysusers",
        "lib/systemd/system/touchpoint.socket": source / "systemd/touchpoint.socket",
        "lib/systemd/user/touchpoint.socket": source / "systemd/user/touchpoint.socket",
    }
    for relative, original in same.items():
        installed = destdir / prefix.strip("/") / relative
        expect(installed.read_bytes() == original.read_bytes(), f"{relative} differs from source")
    config = next(destdir.glob("**/touchpoint/touchpoint.toml"))
    expect(config.read_bytes() == (source / "config/touchpoint.toml").read_bytes(),
           "installed touchpoint.toml differs from config/touchpoint.toml")
    print(f"prefix {prefix}: {len(expected_files(prefix))} expected files in place, "
          f"ExecStart={bindir}/touchpointd, nothing outside DESTDIR")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", required=True, type=pathlib.Path)
    parser.add_argument("--source-dir", required=True, type=pathlib.Path)
    args = parser.parse_args()
    try:
        for prefix in ("/usr", "/usr/local"):
            with tempfile.TemporaryDirectory(prefix="touchpoint-install-") as stage:
                check_install(args.build_dir, args.source_dir, prefix, pathlib.Path(stage))
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    print("install: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
