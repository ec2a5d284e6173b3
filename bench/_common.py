"""Helpers shared by the benchmark scripts: corpora on disk, timing, machine info."""

from __future__ import annotations

import hashlib
import html
import os
import platform
import re
import statistics
import subprocess
import sys
import tarfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

WORK = Path(__file__).resolve().parent / ".work"
CORPORA = Path(__file__).resolve().parent / "corpora"


@dataclass(frozen=True)
class Corpus:
    """One row of the table in bench/corpora/README.md."""

    name: str
    written_by: str
    written: str
    tuned: str
    label: str


def corpora() -> list[Corpus]:
    """The labeled corpora, in the order of the table in bench/corpora/README.md."""
    readme = CORPORA / "README.md"
    text = readme.read_text(encoding="utf-8")
    if "<!-- corpora -->" not in text or "<!-- /corpora -->" not in text:
        raise SystemExit(f"{readme}: the corpus table's marker lines (<!-- corpora --> ... <!-- /corpora -->) are missing")
    table = text.split("<!-- corpora -->", 1)[1].split("<!-- /corpora -->", 1)[0].strip().splitlines()
    rows = []
    for line in table[2:]:  # after the header and its rule
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 5:
            raise SystemExit(f"{readme}: a corpus row needs 5 cells (corpus, written by, written, tuned, label): {line!r}")
        rows.append(Corpus(*cells))
    return rows


def sdist(name: str, version: str) -> Path:
    """Download (once) and unpack a PyPI sdist into bench/.work/; return its directory.

    The archive is taken straight from the index (PEP 503 page, sha256 checked): ``pip
    download --no-binary`` would build the sdist's build dependencies (Cython) first."""
    WORK.mkdir(parents=True, exist_ok=True)
    target = WORK / f"{name}-{version}"
    if target.is_dir():
        return target
    index = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")
    page = urllib.request.urlopen(f"{index}/{name.lower()}/", timeout=60).read().decode()
    wanted = re.compile(r'href="([^"]*/' + re.escape(f"{name.lower()}-{version}") + r'\.tar\.gz)#sha256=([0-9a-f]+)"',
                        re.IGNORECASE)
    found = wanted.search(page)
    if found is None:
        raise SystemExit(f"{name} {version}: no sdist on {index}")
    url, digest = html.unescape(found.group(1)), found.group(2)
    data = urllib.request.urlopen(urllib.parse.urljoin(f"{index}/{name.lower()}/", url), timeout=300).read()
    if hashlib.sha256(data).hexdigest() != digest:
        raise SystemExit(f"{name} {version}: sha256 mismatch for {url}")
    archive = WORK / f"{name}-{version}.tar.gz"
    archive.write_bytes(data)
    unpack(archive, WORK)
    unpacked = next(p for p in WORK.iterdir() if p.is_dir() and p.name.lower() == f"{name.lower()}-{version}")
    if unpacked != target:
        unpacked.rename(target)
    return target


def unpack(archive: Path, destination: Path) -> None:
    """Unpack a downloaded tar archive into ``destination``, never writing outside it.

    With tarfile's "data" filter where this Python has it (3.12, 3.11.4+); older 3.11
    (Debian 12's 3.11.2) lacks ``filter=``, so there each member is checked by hand the
    same way: a path that is absolute or leaves ``destination`` is refused, links,
    devices and FIFOs are left out, and modes lose setuid/setgid/sticky and group/other write."""
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(destination, filter="data")
            return
        root = destination.resolve()
        members = []
        for member in tar.getmembers():
            target = (root / member.name).resolve()
            if os.path.isabs(member.name) or (target != root and root not in target.parents):
                raise SystemExit(f"{archive}: member {member.name!r} would be written outside {destination}")
            if member.isfile() or member.isdir():
                member.mode &= 0o755  # as the data filter: no setuid/setgid/sticky, no group/other write
                members.append(member)
        tar.extractall(destination, members=members)


def timed(command: list[str], cwd: Path | None = None) -> float:
    """Wall time of one run of a command (output discarded)."""
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def median_time(command: list[str], repeat: int, cwd: Path | None = None) -> tuple[float, list[float]]:
    runs = [timed(command, cwd) for _ in range(repeat)]
    return statistics.median(runs), runs


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def tool(name: str) -> str:
    """Path of a console script installed beside this interpreter (else on PATH)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


# -- machine-readable results (bench/run reads these) ---------------------------------
RESULTS: dict = {}


def record(**values) -> None:
    """Remember figures for the --json output (numbers, or lists of raw samples)."""
    RESULTS.update(values)


def add_json_option(parser) -> None:
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON to PATH")


def write_json(path: Path | None) -> None:
    if path:
        import json

        record(machine=machine())
        Path(path).write_text(json.dumps(RESULTS, indent=2, default=float), encoding="utf-8")
