"""Process helpers shared by the installer; setup.cfg still says python_requires >= 3.5."""
import ssl
import subprocess
import sys

PY36 = sys.version_info >= (3, 6)


def git_describe(repo):
    # expect: version-compatibility
    proc = subprocess.Popen(["git", "describe", "--tags"], cwd=repo, stdout=subprocess.PIPE, encoding="utf-8")
    out, _ = proc.communicate()
    return out.strip()


def tail_log(path):
    # expect: version-compatibility
    proc = subprocess.Popen(
        ["tail", "-n", "50", path],
        stdout=subprocess.PIPE,
        errors="replace",
        universal_newlines=True,
    )
    return proc.communicate()[0]


def list_cipher_names():
    # expect: version-compatibility
    return [c["name"] for c in ssl.get_ciphers()]


def pip_freeze():
    proc = subprocess.Popen([sys.executable, "-m", "pip", "freeze"], stdout=subprocess.PIPE, universal_newlines=True)
    return proc.communicate()[0].splitlines()


def uname():
    out = subprocess.check_output(["uname", "-a"])
    return out.decode("utf-8", "replace").strip()


def hostname_text():
    if PY36:
        return subprocess.check_output(["hostname"], encoding="utf-8").strip()
    return subprocess.check_output(["hostname"]).decode().strip()
