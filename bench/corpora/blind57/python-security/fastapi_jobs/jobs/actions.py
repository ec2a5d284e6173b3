"""Job actions; each receives the raw argument string from the job request."""
import os
import shutil
import subprocess

from .registry import action
from .settings import SETTINGS


@action("disk-usage")
def disk_usage(argument):
    # expect: command-injection
    return os.system("du -sh " + os.path.join(SETTINGS.work_dir, argument))


@action("bucket-usage")
def bucket_usage(argument):
    bucket = argument if argument in SETTINGS.allowed_buckets else "tmp"
    out = subprocess.run(["du", "-sh", os.path.join(SETTINGS.work_dir, bucket)], capture_output=True, text=True)
    return out.stdout


@action("purge")
def purge(argument):
    target = os.path.join(SETTINGS.work_dir, "tmp", argument)
    # expect: path-traversal
    shutil.rmtree(target, ignore_errors=True)
    return "purged"


@action("cleanup")
def cleanup(_argument):
    return subprocess.run(SETTINGS.cleanup_cmd, shell=True, capture_output=True, text=True).returncode


@action("count")
def count(argument):
    try:
        n = int(argument)
    except ValueError:
        n = 0
    return subprocess.run(f"seq 1 {n} | wc -l", shell=True, capture_output=True, text=True).stdout
