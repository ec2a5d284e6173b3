"""Helpers shared by the benchmark scripts: corpora on disk, timing, machine info."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

WORK = Path(__file__).resolve().parent / ".work"


def sdist(name: str, version: str) -> Path:
    """Download (once) and unpack a PyPI sdist into bench/.work/; return its directory."""
    WORK.mkdir(parents=True, exist_ok=True)
    target = WORK / f"{name}-{version}"
    if target.is_dir():
        return target
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                    f"{name}=={version}", "-d", str(WORK)], check=True)
    archive = next(p for p in WORK.iterdir() if p.name.lower().startswith(f"{name.lower()}-{version}") and p.name.endswith(".tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(WORK, filter="data")
    unpacked = next(p for p in WORK.iterdir() if p.is_dir() and p.name.lower() == f"{name.lower()}-{version}")
    if unpacked != target:
        unpacked.rename(target)
    return target


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
