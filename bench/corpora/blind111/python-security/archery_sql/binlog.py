"""binlog2sql / sqladvisor helpers (run on the Archery host)."""
import shlex
import subprocess

from django.conf import settings


class Binlog2Sql:
    path = settings.BINLOG2SQL_PATH

    def generate_args2cmd(self, args):
        parts = [f"python {self.path}"]
        for key, value in args.items():
            if value:
                parts.append(f"--{key} {value}")
        return " ".join(parts)

    def execute(self, args):
        cmd = self.generate_args2cmd(args)
        # expect: command-injection
        return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)


def sqladvisor_check(instance, db_name, sql_content, verbose=1):
    sql = sql_content.strip().replace('"', '\\"').replace("`", "").replace("\n", " ")
    # expect: command-injection
    out = subprocess.check_output(f'{settings.SQLADVISOR_PATH} -h "{instance.host}" -d "{db_name}" -q "{sql}" -v {int(verbose)}', shell=True)
    return out.decode()


def soar_fingerprint(sql_content):
    argv = [settings.SOAR_PATH, "-report-type", "fingerprint", "-query", sql_content]
    return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout


def soar_version():
    return subprocess.run(f"{shlex.quote(settings.SOAR_PATH)} -version", shell=True, capture_output=True, text=True).stdout
