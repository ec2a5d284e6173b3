"""Nightly backup runner driven by environment and arguments."""
import asyncio
import optparse
import os
import sys


async def dump_database():
    db = os.environ["PGDATABASE"]
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"pg_dump {db} | gzip > /backups/{db}.sql.gz")
    await proc.wait()


async def prune(days=None):
    days = days or sys.argv[1]
    cmd = "find /backups -mtime +" + days + " -delete"
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    await proc.communicate()


class UploadProtocol(asyncio.SubprocessProtocol):
    pass


async def upload():
    parser = optparse.OptionParser()
    parser.add_option("--target")
    options, _ = parser.parse_args()
    loop = asyncio.get_running_loop()
    line = "rclone copy /backups %s" % options.target
    # expect: command-injection
    await loop.subprocess_shell(UploadProtocol, line)


async def notify():
    hook = os.getenv("BACKUP_NOTIFY_CMD", "true")
    # expect: command-injection
    await asyncio.create_subprocess_shell(hook)


async def disk_report():
    proc = await asyncio.create_subprocess_shell("df -h /backups", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def rotate_logs():
    cmd = "logrotate /etc/logrotate.d/backups"
    proc = await asyncio.create_subprocess_shell(cmd)
    await proc.wait()
