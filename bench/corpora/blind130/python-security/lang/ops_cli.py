"""Operator command line for backups and database maintenance."""
import argparse
import os
import shlex
import subprocess
import sys


def backup(args):
    # expect: command-injection
    os.system("tar czf %s %s" % (args.out, args.src))


def changelog():
    # expect: command-injection
    with os.popen("git log --oneline " + sys.argv[2]) as pipe:
        print(pipe.read())


def run_migration(script):
    # expect: command-injection
    os.system(f"psql {os.environ['DATABASE_URL']} -v ON_ERROR_STOP=1 -f {script}")


def backup_safe(args):
    subprocess.run(["tar", "czf", args.out, args.src], check=True)


def run_migration_safe(script):
    subprocess.run(["psql", os.environ["DATABASE_URL"], "-v", "ON_ERROR_STOP=1", "-f", script], check=True)


def flush_disks():
    os.system("sync")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "changelog":
        changelog()
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", default="/srv/data")
    parser.add_argument("--out", default="/backups/data.tgz")
    parser.add_argument("--migrate")
    args = parser.parse_args()
    backup(args)
    if args.migrate:
        run_migration(args.migrate)
        print("ran", shlex.quote(args.migrate))
    flush_disks()


if __name__ == "__main__":
    main()
