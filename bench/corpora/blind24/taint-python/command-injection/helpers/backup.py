"""Backup helpers used by the ops console."""
import os
import subprocess

BACKUP_ROOT = "/srv/backups"


def dump_database(name: str) -> int:
    # expect: command-injection
    return os.system(f"pg_dump {name} | gzip > {BACKUP_ROOT}/{name}.sql.gz")


def dump_database_argv(name: str) -> None:
    with open(os.path.join(BACKUP_ROOT, "latest.sql"), "wb") as out:
        subprocess.run(["pg_dump", "--", name], stdout=out, check=True)
