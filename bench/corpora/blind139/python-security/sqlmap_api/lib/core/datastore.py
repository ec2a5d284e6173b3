"""Global data store of the API server and the task objects it holds."""
import shlex
import sqlite3
import subprocess
import sys

SQLMAP_SCRIPT = "sqlmap.py"


class DataStore:
    admin_token = ""
    tasks = {}
    current_db = sqlite3.connect(":memory:", check_same_thread=False)

    @classmethod
    def log_rows(cls, taskid):
        cursor = cls.current_db.cursor()
        # expect: sql-injection
        cursor.execute(f"SELECT datetime, level, message FROM logs WHERE taskid = '{taskid}' ORDER BY id ASC")
        return cursor.fetchall()

    @classmethod
    def data_rows(cls, taskid):
        cursor = cls.current_db.cursor()
        cursor.execute("SELECT status, content_type, value FROM data WHERE taskid = ? ORDER BY id ASC", (taskid,))
        return cursor.fetchall()


class Task:
    def __init__(self, taskid, remote_addr):
        self.taskid = taskid
        self.remote_addr = remote_addr
        self.options = {"tamper": None, "level": 1, "risk": 1}
        self.process = None

    def set_option(self, option, value):
        self.options[option] = value

    def engine_start(self):
        tamper = self.options.get("tamper")
        if tamper:
            # expect: command-injection
            self.process = subprocess.Popen(f"{sys.executable} {SQLMAP_SCRIPT} --api --taskid={self.taskid} --tamper={tamper}", shell=True)
        else:
            self.process = subprocess.Popen([sys.executable, SQLMAP_SCRIPT, "--api", f"--taskid={self.taskid}", f"--level={int(self.options['level'])}"])

    def engine_start_quoted(self):
        tamper = shlex.quote(str(self.options.get("tamper") or "space2comment"))
        self.process = subprocess.Popen(f"{sys.executable} {SQLMAP_SCRIPT} --api --taskid={self.taskid} --tamper={tamper}", shell=True)

    def engine_get_id(self):
        return self.process.pid if self.process else None
