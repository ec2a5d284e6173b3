"""Process and TLS helpers for the agent.

The agent ships to hosts that still run Python 3.5 (setup.py: python_requires=">=3.5").
"""
import ssl
import subprocess


def run_text(cmd, cwd=None):
    # expect: version-compatibility
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8")
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def run_text_compat(cmd, cwd=None):
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def tail(path, lines=100):
    # expect: version-compatibility
    proc = subprocess.Popen(["tail", "-n", str(lines), path], stdout=subprocess.PIPE, errors="replace", universal_newlines=True)
    return proc.communicate(timeout=30)[0]


def tail_bytes(path, lines=100):
    proc = subprocess.Popen(["tail", "-n", str(lines), path], stdout=subprocess.PIPE)
    return proc.communicate(timeout=30)[0].decode("utf-8", "replace")


def cipher_names():
    ctx = ssl.create_default_context()
    # expect: version-compatibility
    return [c["name"] for c in ctx.get_ciphers()]


def protocol_name():
    return ssl.OPENSSL_VERSION
