"""The bench scripts' corpus download unpacks on every Python >= 3.11 (issue 34: Debian 12's
3.11.2 has no ``TarFile.extractall(filter=...)`` and every corpus benchmark crashed), and on
none does an archive write outside bench/.work or make links, devices or setuid files. Runs
bench/_common.unpack under each interpreter on this machine: this venv's and Debian's."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
UNPACK = ("import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); from _common import unpack; "
          "unpack(Path(sys.argv[2]), Path(sys.argv[3]))")


def interpreters() -> list[str]:
    """Each distinct Python >= 3.11 here, with or without tarfile's data filter (asked inside the
    tests, not while collecting: the fast tier never starts them)."""
    found: dict[str, str] = {}
    for candidate in (sys.executable, "/usr/bin/python3", "/usr/bin/python3.11", "/usr/local/bin/python3"):
        if not os.access(candidate, os.X_OK):
            continue
        probe = subprocess.run([candidate, "-I", "-c", "import sys, tarfile; print(sys.version_info >= (3, 11), "
                                "sys.version.split()[0], hasattr(tarfile, 'data_filter'))"],
                               capture_output=True, text=True)
        fields = probe.stdout.split()
        if probe.returncode == 0 and fields[0] == "True":
            found.setdefault(f"{fields[1]}-filter-{fields[2]}", candidate)
    return [found[key] for key in sorted(found)]


def archive(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def member(name: str, kind=tarfile.REGTYPE, mode: int = 0o644, linkname: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.linkname = kind, mode, linkname
    return info


def unpack(python: str, tar: Path, destination: Path) -> subprocess.CompletedProcess:
    destination.mkdir(exist_ok=True)
    return subprocess.run([python, "-I", "-c", UNPACK, str(BENCH), str(tar), str(destination)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_an_sdist_unpacks(tmp_path):
    tar = archive(tmp_path / "pkg-1.0.tar.gz", [
        (member("pkg-1.0", tarfile.DIRTYPE, 0o755), None),
        (member("pkg-1.0/setup.py"), b"from setuptools import setup\n"),
        (member("pkg-1.0/src/pkg/__init__.py"), b"VERSION = '1.0'\n"),
        (member("pkg-1.0/bin/tool", mode=0o755), b"#!/bin/sh\n"),
    ])
    pythons = interpreters()
    assert pythons
    for n, python in enumerate(pythons):
        done = unpack(python, tar, tmp_path / f"work{n}")
        assert done.returncode == 0, (python, done.stderr)
        root = tmp_path / f"work{n}" / "pkg-1.0"
        assert (root / "src" / "pkg" / "__init__.py").read_text() == "VERSION = '1.0'\n"
        assert os.access(root / "bin" / "tool", os.X_OK)


HOSTILE = {
    "dot-dot": [(member("pkg/../../escaped.txt"), b"x")],
    "absolute": [(member(str(Path("/tmp") / "postil-bench-absolute-escape.txt")), b"x")],
    "link-out": [(member("pkg/etc", tarfile.SYMTYPE, linkname="/etc"), None)],
    "link-then-write": [(member("pkg/up", tarfile.SYMTYPE, linkname="../.."), None),
                        (member("pkg/up/escaped.txt"), b"x")],
    "fifo": [(member("pkg/pipe", tarfile.FIFOTYPE), None)],
    "setuid": [(member("pkg/suid", mode=0o4777), b"#!/bin/sh\n")],
}


@pytest.mark.slow
@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_archive_writes_nothing_outside_and_no_link_device_or_setuid(tmp_path, case):
    for n, python in enumerate(interpreters()):
        outside = tmp_path / f"outside{n}"
        work = outside / "bench" / "work"
        work.parent.mkdir(parents=True)
        tar = archive(outside / "bench" / "corpus.tar.gz", HOSTILE[case])
        before = set(tmp_path.rglob("*"))
        unpack(python, tar, work)  # refusing the archive is fine; writing outside is not
        written = set(tmp_path.rglob("*")) - before
        assert all(p == work or work in p.parents for p in written), (python, written)
        assert not Path("/tmp/postil-bench-absolute-escape.txt").exists()
        for path in work.rglob("*"):
            mode = path.lstat().st_mode
            assert stat.S_ISREG(mode) or stat.S_ISDIR(mode), (python, path)
            assert not mode & (stat.S_ISUID | stat.S_ISGID | stat.S_IWOTH), (python, path, oct(mode))
