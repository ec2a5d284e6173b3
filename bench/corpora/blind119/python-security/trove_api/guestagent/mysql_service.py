"""MySQL guest service: databases, logs, backups; shaped on trove.guestagent.datastore.mysql."""
import os
import shlex
import subprocess

import pymysql

from trove_api.instance import models

LOG_DIR = "/var/log/mysql"
KNOWN_LOGS = {"general": "general.log", "slow_query": "slow.log", "error": "error.log"}
CHARSETS = {"utf8", "utf8mb4", "latin1"}


class MySqlAdmin:
    def _conn(self):
        return pymysql.connect(unix_socket="/var/run/mysqld/mysqld.sock", user="os_admin")

    def create_database(self, name, charset="utf8mb4"):
        with self._conn().cursor() as cur:
            if charset in CHARSETS:
                cur.execute(f"CREATE DATABASE IF NOT EXISTS `{name}` CHARACTER SET {charset}")
            else:
                # expect: sql-injection
                cur.execute(f"CREATE DATABASE IF NOT EXISTS `{name}` CHARACTER SET '{charset}'")


class MySqlApp:
    def __init__(self, instance_id):
        self.instance_id = instance_id

    def read_log(self, log_name, lines):
        if log_name in KNOWN_LOGS:
            path = os.path.join(LOG_DIR, KNOWN_LOGS[log_name])
            return subprocess.run(["tail", "-n", str(lines), path], capture_output=True, text=True).stdout
        # expect: path-traversal
        with open(os.path.join(LOG_DIR, log_name + ".log")) as fh:
            return fh.readlines()[-lines:]

    def run_backup(self, name):
        user_opts = models.Instance.backup_opts(self.instance_id)
        target = shlex.quote(f"/var/lib/trove/backups/{name}.xbstream")
        # expect: command-injection
        subprocess.run(f"xtrabackup --backup --stream=xbstream {user_opts} --target-dir=/tmp > {target}", shell=True, check=True)
        return {"name": name}
