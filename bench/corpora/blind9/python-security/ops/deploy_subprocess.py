# library: subprocess / os (stdlib)
"""Release helpers invoked by the deploy bot."""
import os
import shlex
import subprocess


def checkout(repo_dir, ref):
    subprocess.run(["git", "-C", repo_dir, "checkout", ref], check=True)


def tag_release(repo_dir, version, message):
    # expect: command-injection
    subprocess.run(f"git -C {repo_dir} tag -a v{version} -m '{message}'", shell=True, check=True)


def restart(service):
    # expect: command-injection
    os.system("systemctl restart " + service)


def disk_usage(path):
    return subprocess.check_output("du -sh " + shlex.quote(path), shell=True, text=True)


def tail_log(service, lines):
    # expect: command-injection
    return os.popen("journalctl -u %s -n %s" % (service, lines)).read()


def uptime():
    return subprocess.check_output("uptime", shell=True, text=True)
