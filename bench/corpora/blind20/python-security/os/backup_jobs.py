"""Backup and maintenance jobs run by the ops CLI (click)."""
import asyncio
import os
import shlex
import subprocess

import click

BACKUP_DIR = "/var/backups/db"
DATABASES = ("orders", "users", "audit")


@click.group()
def cli() -> None:
    """Ops maintenance commands."""


@cli.command()
@click.argument("database")
def dump(database: str) -> None:
    if database not in DATABASES:
        raise click.BadParameter(database)
    os.system(f"pg_dump -Fc {database} > {BACKUP_DIR}/{database}.dump")


@cli.command()
@click.argument("database")
@click.option("--label", default="manual")
def dump_labelled(database: str, label: str) -> None:
    # expect: command-injection
    os.system(f"pg_dump -Fc {database} > {BACKUP_DIR}/{database}-{label}.dump")


@cli.command()
@click.argument("path")
def restore(path: str) -> None:
    subprocess.run(["pg_restore", "--clean", "--dbname", "orders", path], check=True)


@cli.command()
@click.argument("pattern")
def prune(pattern: str) -> None:
    # expect: command-injection
    subprocess.call("find " + BACKUP_DIR + " -name '" + pattern + "' -mtime +30 -delete", shell=True)


@cli.command()
@click.argument("pattern")
def prune_quoted(pattern: str) -> None:
    subprocess.call(f"find {BACKUP_DIR} -name {shlex.quote(pattern)} -mtime +30 -delete", shell=True)


async def compress(path: str) -> int:
    proc = await asyncio.create_subprocess_exec("zstd", "-q", "--rm", path)
    return await proc.wait()


async def compress_shell(path: str, level: str) -> int:
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"zstd -q -{level} --rm {path}")
    return await proc.wait()


def disk_report() -> str:
    with os.popen("df -h " + BACKUP_DIR) as fh:
        return fh.read()


def notify(channel: str, message: str) -> None:
    subprocess.run(["/usr/local/bin/notify", "--channel", channel, "--", message], check=False, timeout=30)


if __name__ == "__main__":
    cli()
