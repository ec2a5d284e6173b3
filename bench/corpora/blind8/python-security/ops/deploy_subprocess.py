# library: subprocess / os
"""Deploy helper used by the release pipeline."""
import os
import shlex
import subprocess

SERVICES = {"api", "worker", "scheduler"}


def restart(service: str) -> None:
    if service not in SERVICES:
        raise ValueError(service)
    subprocess.run(["systemctl", "restart", f"app-{service}"], check=True)


def tail_logs(service: str, lines: int) -> str:
    # expect: command-injection
    return subprocess.check_output(f"journalctl -u app-{service} -n {lines}", shell=True, text=True)


def checkout(ref: str, workdir: str) -> None:
    subprocess.run(["git", "-C", workdir, "checkout", "--", ref], check=True)


def build_image(tag: str) -> None:
    # expect: command-injection
    os.system("docker build -t registry.example.com/app:" + tag + " .")


def push_image(tag: str) -> None:
    subprocess.run(f"docker push registry.example.com/app:{shlex.quote(tag)}", shell=True, check=True)


def disk_usage() -> str:
    return subprocess.check_output("df -h /var/lib/docker", shell=True, text=True)


def run_hook(hook_cmd: str) -> int:
    # expect: command-injection
    return subprocess.call(hook_cmd, shell=True)


def migrate(env: str) -> None:
    # expect: command-injection
    with os.popen("./manage.py migrate --settings=settings.%s" % env) as out:
        print(out.read())
