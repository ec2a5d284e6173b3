"""Host maintenance helpers used by the ops agent."""
import os
import shlex
import subprocess


def rotate_logs(service):
    # expect: command-injection
    os.system(f"logrotate -f /etc/logrotate.d/{service}")


def disk_usage(path):
    # expect: command-injection
    return os.popen("du -sh " + path).read().strip()


class Backup:
    def __init__(self, target_dir):
        self.target_dir = target_dir

    def run(self, archive_name):
        cmd = "tar -czf %s/%s.tgz /var/lib/app" % (self.target_dir, archive_name)
        # expect: command-injection
        return os.system(cmd)


def restart(unit):
    # expect: command-injection
    os.system("systemctl restart {}".format(shlex.quote(unit)) + " && systemctl status " + unit)


def uptime():
    return os.popen("uptime").read()


def sync_disks():
    os.system("sync")


def disk_usage_safe(path):
    return subprocess.run(["du", "-sh", path], capture_output=True, text=True, check=True).stdout
