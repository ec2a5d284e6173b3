import asyncio
import os
import subprocess
from subprocess import Popen, PIPE, check_call as run_checked


BACKUP_DIR = "/srv/backups"


def backup_database(db_name):
    # operators type the db name in the admin panel
    cmd = "pg_dump {} | gzip > {}/{}.sql.gz".format(db_name, BACKUP_DIR, db_name)
    # expect: command-injection
    subprocess.call(cmd, shell=True)


def backup_database_safely(db_name):
    with open(os.path.join(BACKUP_DIR, os.path.basename(db_name) + ".sql"), "wb") as out:
        run_checked(["pg_dump", "--", db_name], stdout=out)


def rotate_logs():
    subprocess.check_call("logrotate -f /etc/logrotate.d/app", shell=True)


def ping_host(host):
    # expect: command-injection
    proc = Popen("ping -c 3 " + host, shell=True, stdout=PIPE, stderr=PIPE)
    out, _ = proc.communicate(timeout=30)
    return out.decode()


def ping_host_argv(host):
    proc = Popen(["ping", "-c", "3", host], stdout=PIPE, stderr=PIPE)
    out, _ = proc.communicate(timeout=30)
    return out.decode()


def grep_audit(pattern):
    # expect: command-injection
    return os.popen(f"grep -r '{pattern}' /var/log/audit").read()


def uptime():
    return os.popen("uptime").read().strip()


def restart_service(name):
    # expect: command-injection
    os.system("systemctl restart %s" % name)


def restart_known_service():
    os.system("systemctl restart nginx")


async def convert_upload(path, fmt):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"convert {path} out.{fmt}")
    await proc.wait()
    return proc.returncode


async def convert_upload_exec(path, fmt):
    proc = await asyncio.create_subprocess_exec("convert", path, f"out.{fmt}")
    await proc.wait()
    return proc.returncode


def git_clone(repo_url, dest):
    env = os.environ.copy()
    env["GIT_TERMINAL_PROMPT"] = "0"
    return subprocess.run(["git", "clone", "--depth", "1", "--", repo_url, dest], env=env, check=True, timeout=300)


def git_clone_with_ssh(repo_url, dest, ssh_command):
    env = os.environ.copy()
    # ssh_command comes from the project settings form
    env["GIT_SSH_COMMAND"] = ssh_command
    # expect: command-injection
    return subprocess.run(["git", "clone", repo_url, dest], env=env, check=True, timeout=300)
