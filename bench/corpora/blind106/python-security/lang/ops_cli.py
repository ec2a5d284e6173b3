"""Ops helper script run from cron and by hand."""
import argparse
import optparse
import os
import subprocess
import sys

LOG_DIR = os.environ.get("LOG_DIR", "/var/log/app")


def tail_logs():
    # expect: command-injection
    os.system("tail -n 200 " + LOG_DIR + "/app.log")


def disk_report(mount=None):
    target = mount or sys.argv[1]
    # expect: command-injection
    return os.popen(f"df -h {target}").read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("service")
    args = parser.parse_args()
    # expect: command-injection
    os.system("systemctl restart %s" % args.service)


def legacy_main():
    parser = optparse.OptionParser()
    parser.add_option("--host")
    options, _ = parser.parse_args()
    # expect: command-injection
    os.popen("ping -c 3 " + options.host).read()


def uptime():
    return os.popen("uptime").read()


def sync_disks():
    os.system("sync")


def restart_safe(service):
    subprocess.run(["systemctl", "restart", service], check=True)


if __name__ == "__main__":
    main()
