# library: subprocess (a command line passed as one string without a shell)
import subprocess


def git_log(repo: str):
    # expect: list-as-string
    return subprocess.run(f"git -C {repo} log --oneline -n 5", capture_output=True, text=True)


def restart(service: str):
    cmd = ["systemctl", "restart", service]
    # expect: list-as-string
    subprocess.check_call(" ".join(cmd))


def git_log_ok(repo: str):
    return subprocess.run(["git", "-C", repo, "log", "--oneline", "-n", "5"], capture_output=True, text=True)


def uptime():
    return subprocess.run("uptime", capture_output=True, text=True).stdout


def restart_ok(service: str):
    subprocess.check_call(["systemctl", "restart", service])
