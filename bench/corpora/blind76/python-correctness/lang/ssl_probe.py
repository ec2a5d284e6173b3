"""TLS and tool probes for the `hostcheck` agent.

setup.cfg still declares ``python_requires = >=3.5`` because the agent ships on
old appliance images (Debian 9, Python 3.5.3).
"""
import ssl
import subprocess
import subprocess as sp
from subprocess import PIPE, Popen as Spawn

TOOL_ENCODING = "utf-8"
DEFAULT_TIMEOUT = 20


def negotiated_ciphers(hostname):
    ctx = ssl.create_default_context()
    ctx.check_hostname = True
    # expect: version-compatibility
    names = [c["name"] for c in ctx.get_ciphers()]
    return sorted(names)


def cipher_count_guarded():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if hasattr(ctx, "get_ciphers"):
        return len(ctx.get_ciphers())
    return None


def openssl_version_text():
    proc = subprocess.Popen(
        ["openssl", "version"],
        stdout=subprocess.PIPE,
        # expect: version-compatibility
        encoding=TOOL_ENCODING,
    )
    out, _ = proc.communicate(timeout=DEFAULT_TIMEOUT)
    return out.strip()


def list_mounts():
    # expect: version-compatibility
    proc = sp.Popen(["mount"], stdout=sp.PIPE, errors="replace", universal_newlines=True)
    out, _ = proc.communicate()
    return [line.split()[2] for line in out.splitlines() if line]


class ServiceProbe(object):
    def __init__(self, unit):
        self.unit = unit
        self.enc = "latin-1"

    def status(self):
        # expect: version-compatibility
        proc = Spawn(["systemctl", "status", self.unit], stdout=PIPE, encoding=self.enc)
        return proc.communicate()[0]

    def journal_tail(self, lines=50):
        proc = Spawn(
            ["journalctl", "-u", self.unit, "-n", str(lines)],
            stdout=PIPE,
            # expect: version-compatibility
            errors="backslashreplace",
        )
        return proc.communicate()[0]


def kernel_release():
    proc = subprocess.Popen(["uname", "-r"], stdout=subprocess.PIPE, universal_newlines=True)
    return proc.communicate()[0].strip()


def raw_dmesg():
    proc = sp.Popen(["dmesg"], stdout=sp.PIPE)
    data, _ = proc.communicate()
    return data.decode(TOOL_ENCODING, "replace")
