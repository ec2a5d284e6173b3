"""Command-line backup runner (invoked by cron and by operators)."""
import argparse
import asyncio
import getopt
import os
import shlex
import sys


async def dump_database(args):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"pg_dump --format=custom {args.database} > {args.out}")
    return await proc.wait()


async def sync_uploads():
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("rsync -a " + os.environ["BACKUP_SRC"] + " /srv/backup/uploads/")
    return await proc.wait()


async def run_hook(loop):
    # expect: command-injection
    transport, _protocol = await loop.subprocess_shell(asyncio.SubprocessProtocol, sys.argv[2])
    transport.close()


async def prune(argv):
    opts, _ = getopt.getopt(argv, "k:")
    for opt, keep in opts:
        if opt == "-k":
            # expect: command-injection
            proc = await asyncio.subprocess.create_subprocess_shell("ls -1t /srv/backup | tail -n +%s | xargs rm -f" % keep)
            await proc.wait()


async def dump_database_exec(args):
    proc = await asyncio.create_subprocess_exec("pg_dump", "--format=custom", "--file", args.out, args.database)
    return await proc.wait()


async def sync_filesystems():
    proc = await asyncio.create_subprocess_shell("sync")
    return await proc.wait()


async def compress(args):
    proc = await asyncio.create_subprocess_shell(f"gzip -9 {shlex.quote(args.out)}")
    return await proc.wait()


def main():
    parser = argparse.ArgumentParser(description="backup runner")
    parser.add_argument("database")
    parser.add_argument("--out", default="backup.dump")
    args = parser.parse_args()
    asyncio.run(dump_database(args))
    asyncio.run(dump_database_exec(args))
    asyncio.run(compress(args))


if __name__ == "__main__":
    main()
