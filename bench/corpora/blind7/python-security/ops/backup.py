import asyncio
import datetime as dt
import logging
import subprocess
from pathlib import Path

logger = logging.getLogger("backup")

BACKUP_ROOT = Path("/var/backups/app")


def dump_database(db_name: str, target: Path) -> Path:
    out = target / f"{db_name}-{dt.date.today():%Y%m%d}.sql.gz"
    with out.open("wb") as fh:
        dump = subprocess.Popen(["pg_dump", "--no-owner", db_name], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-9"], stdin=dump.stdout, stdout=fh, check=True)
        dump.wait()
    return out


def archive_directory(path: str, name: str) -> None:
    subprocess.check_output(
        # expect: command-injection
        "tar czf %s/%s.tgz %s" % (BACKUP_ROOT, name, path),
        shell=True,
    )


async def sync_remote(bucket: str, prefix: str) -> int:
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"aws s3 sync {BACKUP_ROOT} s3://{bucket}/{prefix}")
    return await proc.wait()


async def sync_remote_exec(bucket: str, prefix: str) -> int:
    proc = await asyncio.create_subprocess_exec("aws", "s3", "sync", str(BACKUP_ROOT), f"s3://{bucket}/{prefix}")
    return await proc.wait()


def prune(keep_days: int = 14) -> None:
    cutoff = dt.datetime.now() - dt.timedelta(days=keep_days)
    for item in BACKUP_ROOT.glob("*.gz"):
        if dt.datetime.fromtimestamp(item.stat().st_mtime) < cutoff:
            logger.info("pruning %s", item)
            item.unlink()


def disk_usage() -> str:
    return subprocess.run("df -h /var/backups | tail -1", shell=True, capture_output=True, text=True).stdout
