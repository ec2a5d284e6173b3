#!/usr/bin/env python3
"""Report disk usage of project folders and optionally compress old ones.

Runs from cron as root and from the ops chat bot, which passes the user's text as arguments.
"""
import argparse
import os
import shutil
import subprocess
import sys

ARCHIVE_DIR = os.environ.get("ARCHIVE_DIR", "/srv/archive")


def usage(project):
    out = subprocess.run(["du", "-sh", "--", project], capture_output=True, text=True, check=True)
    return out.stdout.split()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("project")
    parser.add_argument("--compress", action="store_true")
    parser.add_argument("--older-than", type=int, default=90)
    args = parser.parse_args()
    print(f"{args.project}: {usage(args.project)}")
    if args.compress:
        # expect: command-injection
        os.system(f"find {args.project} -mtime +{args.older_than} -type f -exec gzip {{}} +")
    notify = os.environ.get("REPORT_NOTIFY_CMD")
    if notify:
        # expect: command-injection
        os.popen(notify + " 'disk report done for " + args.project + "'").read()
    os.system("sync")
    free = shutil.disk_usage(ARCHIVE_DIR).free // (1 << 30)
    print(f"archive free: {free} GiB")
    return 0


def rotate_logs():
    os.system("logrotate /etc/logrotate.d/disk-report")
    subprocess.run(["gzip", "-f", "--", os.path.join(ARCHIVE_DIR, "report.log.1")], check=False)


if __name__ == "__main__":
    sys.exit(main())
