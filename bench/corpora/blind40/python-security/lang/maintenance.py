"""Maintenance CLI run by cron on the database hosts."""
import argparse
import getopt
import os
import shlex
import subprocess
import sys


def backup(argv=None):
    parser = argparse.ArgumentParser(description="dump a database")
    parser.add_argument("database")
    parser.add_argument("--dest", default="/var/backups")
    args = parser.parse_args()
    # expect: command-injection
    os.system("pg_dump %s > %s/%s.sql" % (args.database, args.dest, args.database))


def rotate_logs():
    log_dir = os.environ.get("LOG_DIR", "/var/log/app")
    # expect: command-injection
    os.popen("find " + log_dir + " -name '*.gz' -mtime +30 -delete").read()


def vacuum():
    table = sys.argv[2]
    # expect: command-injection
    os.system(f"psql -c 'VACUUM ANALYZE {table}'")


def restore():
    opts, rest = getopt.getopt(sys.argv[1:], "f:")
    for flag, value in opts:
        if flag == "-f":
            # expect: command-injection
            os.system("pg_restore -d app " + value)


def notify():
    # expect: command-injection
    os.system("mail -s done " + os.environ["ADMIN_EMAIL"] + " < /dev/null")


def safe_tasks():
    os.system("sync")
    subprocess.run(["pg_dump", "--", sys.argv[1]], check=True)
    os.system("pg_dump %s > /tmp/out.sql" % shlex.quote(os.environ.get("DB", "app")))


if __name__ == "__main__":
    {"backup": backup, "rotate": rotate_logs, "vacuum": vacuum, "restore": restore}[sys.argv[1]]()
