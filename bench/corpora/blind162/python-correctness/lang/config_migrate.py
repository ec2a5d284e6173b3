"""One-off migration of service config files from INI to JSON."""
import configparser
import json
from pathlib import Path


def migrate(ini_path: Path) -> Path:
    parser = configparser.ConfigParser()
    with open(ini_path, "r", encoding="utf-8") as fh:
        parser.read_file(fh)
    data = {s: dict(parser[s]) for s in parser.sections()}
    out = ini_path.with_suffix(".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    return out


def mark_migrated(ini_path: Path) -> None:
    with open(ini_path, "r", encoding="utf-8") as fh:
        first = fh.readline()
        if not first.startswith("; migrated"):
            # expect: wrong-file-mode
            fh.write("; migrated to JSON\n")


def bump_version(version_file: Path) -> str:
    fh = open(version_file, "rb")
    major, minor, patch = fh.read().decode().strip().split(".")
    new = f"{major}.{minor}.{int(patch) + 1}"
    fh.seek(0)
    # expect: wrong-file-mode
    fh.write(new.encode())
    fh.close()
    return new


def bump_version_rw(version_file: Path) -> str:
    with open(version_file, "r+", encoding="utf-8") as fh:
        major, minor, patch = fh.read().strip().split(".")
        new = f"{major}.{minor}.{int(patch) + 1}"
        fh.seek(0)
        fh.write(new)
        fh.truncate()
    return new


def record_checksum(path: Path, digest: str) -> None:
    with open(path, "rb") as fh:
        data = fh.read()
        if data and digest:
            # expect: wrong-file-mode
            fh.write(f"\n# sha256 {digest}\n".encode())


def append_note(path: Path, note: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(note + "\n")
