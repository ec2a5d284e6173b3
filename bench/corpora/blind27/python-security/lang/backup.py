"""Nightly backup helpers."""
import os
import shlex
import subprocess


def dump_database(name, target_dir):
    # expect: command-injection
    os.system("pg_dump " + name + " > " + target_dir + "/db.sql")


def compress(path):
    cmd = "gzip -9 %s" % path
    # expect: command-injection
    return os.system(cmd)


def dump_database_quoted(name, target_dir):
    os.system("pg_dump %s > %s/db.sql" % (shlex.quote(name), shlex.quote(target_dir)))


def sync():
    os.system("sync")
