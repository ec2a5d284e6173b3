"""backupctl: snapshot and restore helper run from cron and by operators."""
import argparse
import asyncio
import os
import shlex
import subprocess
import sys


def snapshot(volume, dest):
    subprocess.run(["rsync", "-a", "--delete", volume + "/", dest], check=True)


def compress(path, level):
    cmd = f"tar -I 'zstd -{level}' -cf {path}.tar.zst {path}"
    # expect: command-injection
    subprocess.call(cmd, shell=True)


def compress_quoted(path, level):
    cmd = "tar -I 'zstd -%d' -cf %s.tar.zst %s" % (int(level), shlex.quote(path), shlex.quote(path))
    subprocess.call(cmd, shell=True)


def notify(message):
    # expect: command-injection
    os.system('logger -t backupctl "' + message + '"')


def restore(archive, target):
    # expect: command-injection
    os.execl("/bin/sh", "sh", "-c", f"tar -xf {archive} -C {target}")


def prune(days):
    os.spawnlp(os.P_WAIT, "find", "find", "/backups", "-mtime", f"+{int(days)}", "-delete")


async def remote_copy(host, path):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"scp {path} backup@{host}:/srv/backups/")
    await proc.wait()
    proc2 = await asyncio.create_subprocess_exec("scp", path, f"backup@{host}:/srv/backups/")
    await proc2.wait()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="backupctl")
    parser.add_argument("action", choices=["snapshot", "compress", "restore", "copy"])
    parser.add_argument("path")
    parser.add_argument("--level", default="3")
    parser.add_argument("--host", default="backup.internal")
    args = parser.parse_args(argv)
    if args.action == "compress":
        compress(args.path, args.level)
    elif args.action == "restore":
        restore(args.path, os.getcwd())
    elif args.action == "copy":
        asyncio.run(remote_copy(args.host, args.path))
    else:
        snapshot(args.path, "/srv/backups")
    notify(f"{args.action} done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
