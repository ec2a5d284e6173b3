"""Backup agent: takes jobs from the shared queue and dumps databases.

Jobs are JSON messages posted by the self-service portal, where tenants pick the
database to back up and a label for the archive.
"""
import asyncio
import json
import logging
import shlex
from pathlib import Path

log = logging.getLogger("backup-agent")

ARCHIVE_ROOT = Path("/srv/backups")


async def disk_report() -> str:
    proc = await asyncio.create_subprocess_shell("df -h /srv/backups", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def dump_database(job: dict) -> Path:
    db_name = job["database"]
    label = job.get("label", "manual")
    target = ARCHIVE_ROOT / f"{job['tenant_id']}-{job['id']}.sql.gz"
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"pg_dump --dbname={db_name} | gzip > {target} && echo {label} >> {ARCHIVE_ROOT}/labels.txt")
    if await proc.wait() != 0:
        raise RuntimeError(f"pg_dump failed for job {job['id']}")
    return target


async def dump_database_safely(job: dict) -> Path:
    target = ARCHIVE_ROOT / f"{job['tenant_id']}-{job['id']}.dump"
    proc = await asyncio.create_subprocess_exec(
        "pg_dump", "--format=custom", "--file", str(target), "--dbname", job["database"]
    )
    if await proc.wait() != 0:
        raise RuntimeError(f"pg_dump failed for job {job['id']}")
    return target


async def compress(path: Path) -> None:
    cmd = f"gzip -9 {shlex.quote(str(path))}"
    proc = await asyncio.create_subprocess_shell(cmd)
    await proc.wait()


async def restore_preview(job: dict) -> str:
    table = job["table"]
    archive = ARCHIVE_ROOT / f"{job['tenant_id']}-{job['source_id']}.dump"
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("pg_restore --list " + str(archive) + " | grep " + table, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def handle(raw: bytes) -> None:
    job = json.loads(raw)
    kind = job.get("kind")
    if kind == "dump":
        path = await dump_database_safely(job)
        await compress(path)
    elif kind == "preview":
        log.info("preview: %s", await restore_preview(job))
    else:
        log.warning("unknown job kind %r", kind)
