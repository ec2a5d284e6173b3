"""Backup job: builds pg_dump / rsync invocations from the job config."""
import os
import subprocess


class BackupJob:
    def __init__(self, config):
        self.config = config
        self.target = config["target"]

    def dump_database(self, db_name):
        parts = ["pg_dump", "-Fc", "-d", db_name]
        parts.append("-f")
        parts.append(os.path.join(self.target, db_name + ".dump"))
        # safe: list of arguments
        subprocess.run(parts, check=True)

    def dump_with_compression(self, db_name, level):
        command = "pg_dump -d " + db_name
        command += " | gzip -" + str(level)
        command += " > " + os.path.join(self.target, db_name + ".sql.gz")
        # expect: command-injection
        subprocess.run(command, shell=True, check=True)

    def sync(self, remote):
        pieces = ["rsync", "-az", self.target, remote]
        line = " ".join(pieces)
        # expect: command-injection
        subprocess.check_call(line, shell=True)

    def prune(self, days):
        opts = {"shell": True, "check": True}
        cmd = "find {} -mtime +{} -delete".format(self.target, days)
        # expect: command-injection
        subprocess.run(cmd, **opts)

    def verify(self, archive):
        # safe: shell=False with an argument vector
        subprocess.run(["pg_restore", "--list", archive], shell=False, check=True,
                       stdout=subprocess.DEVNULL)

    def rotate_logs(self):
        # safe: fixed command
        subprocess.run("logrotate /etc/logrotate.d/backup", shell=True, check=False)
