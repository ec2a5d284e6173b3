"""Nightly backup job: dumps the database, encrypts and uploads it."""
import os
import stat
import subprocess
import tempfile
from pathlib import Path

BACKUP_DIR = Path("/var/backups/app")
KEY_FILE = Path("/etc/app/backup.key")


def dump_database(dbname: str) -> Path:
    # expect: temp-file
    out = tempfile.mktemp(suffix=".sql")
    subprocess.run(["pg_dump", "-f", out, dbname], check=True)
    return Path(out)


def dump_database_safe(dbname: str) -> Path:
    fd, out = tempfile.mkstemp(suffix=".sql", dir=BACKUP_DIR)
    os.close(fd)
    subprocess.run(["pg_dump", "-f", out, dbname], check=True)
    return Path(out)


def write_manifest(entries: list[str]) -> str:
    # expect: temp-file
    path = "/tmp/backup_manifest.txt"
    with open(path, "w") as fh:
        fh.write("\n".join(entries))
    return path


def write_manifest_safe(entries: list[str]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(entries))
        return fh.name


def stage_upload(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as workdir:
        part = Path(workdir) / "part-0001"
        part.write_bytes(data)
        subprocess.run(["aws", "s3", "cp", str(part), "s3://backups/"], check=True)


def install_key(material: bytes) -> None:
    KEY_FILE.write_bytes(material)
    os.chmod(KEY_FILE, 0o600)


def install_key_loose(material: bytes) -> None:
    KEY_FILE.write_bytes(material)
    # expect: file-permissions
    os.chmod(KEY_FILE, 0o777)


def publish_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o755)


def share_dump(path: Path) -> None:
    # expect: file-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def make_readable(path: Path) -> None:
    path.chmod(0o644)


def spool_dir() -> Path:
    d = Path("/var/spool/app")
    # expect: file-permissions
    d.mkdir(mode=0o777, exist_ok=True)
    return d


def lock_path() -> str:
    # expect: temp-file
    return os.path.join("/tmp", "backup.lock")


def cleanup(paths: list[Path]) -> None:
    for p in paths:
        p.unlink(missing_ok=True)
