"""Deploy script steps."""
import subprocess


def build():
    # expect: unchecked-subprocess
    subprocess.call(["npm", "run", "build"])


def migrate():
    # expect: unchecked-subprocess
    subprocess.call(["python", "manage.py", "migrate", "--noinput"], cwd="/srv/app")


def restart():
    status = subprocess.call(["systemctl", "restart", "app"])
    if status != 0:
        raise SystemExit("restart failed")


def check():
    subprocess.check_call(["python", "manage.py", "check", "--deploy"])


def tests_pass():
    return subprocess.call(["pytest", "-q"]) == 0
