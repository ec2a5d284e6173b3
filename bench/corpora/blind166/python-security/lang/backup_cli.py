"""Database backup runner.

Invoked by the job scheduler, which fills the arguments and environment
from the job definitions that project owners edit in the ops portal.
"""
import argparse
import asyncio
import os
import shlex
import sys

BACKUP_ROOT = "/srv/backups"


async def dump_database(args):
    target = os.path.join(BACKUP_ROOT, f"{args.project}.sql.gz")
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"pg_dump --dbname={args.database} | gzip > {target}")
    return await proc.wait()


async def dump_database_safe(args):
    target = os.path.join(BACKUP_ROOT, f"{args.project}.sql")
    proc = await asyncio.create_subprocess_exec("pg_dump", f"--dbname={args.database}", "--file", target)
    return await proc.wait()


async def notify(args):
    channel = os.environ.get("BACKUP_NOTIFY_CHANNEL", "ops")
    cmd = f"notify-send --channel {shlex.quote(channel)} {shlex.quote(args.project + ' backup done')}"
    proc = await asyncio.create_subprocess_shell(cmd)
    await proc.wait()


async def run_post_hook():
    label = os.environ.get("BACKUP_LABEL", "nightly")
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("tar czf /srv/archive/" + label + ".tgz " + BACKUP_ROOT)
    await proc.wait()


async def prune():
    proc = await asyncio.create_subprocess_shell("find /srv/backups -name '*.gz' -mtime +14 -delete")
    await proc.wait()


async def main(argv):
    parser = argparse.ArgumentParser(prog="backup")
    parser.add_argument("--project", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--safe", action="store_true")
    args = parser.parse_args(argv)
    if args.safe:
        rc = await dump_database_safe(args)
    else:
        rc = await dump_database(args)
    await notify(args)
    await run_post_hook()
    await prune()
    return rc


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
