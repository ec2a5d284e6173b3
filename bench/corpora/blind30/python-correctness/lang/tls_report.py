"""TLS inventory agent.

Still shipped to the Debian 9 / RHEL 7 fleet, whose system interpreter is Python 3.5:
setup.py says python_requires=">=3.5", so nothing here may need 3.6+.
"""
import ssl
import subprocess
from subprocess import PIPE, Popen


def cipher_names():
    ctx = ssl.create_default_context()
    # expect: compatibility
    return [c["name"] for c in ctx.get_ciphers()]


def cipher_names_compat():
    ctx = ssl.create_default_context()
    if hasattr(ctx, "get_ciphers"):
        return [c["name"] for c in ctx.get_ciphers()]
    return []


def openssl_version():
    # expect: compatibility
    proc = subprocess.Popen(["openssl", "version"], stdout=PIPE, encoding="utf-8")
    out, _ = proc.communicate()
    return out.strip()


def openssl_version_compat():
    proc = subprocess.Popen(["openssl", "version"], stdout=PIPE, universal_newlines=True)
    out, _ = proc.communicate()
    return out.strip()


def list_certs(directory="/etc/ssl/certs"):
    proc = Popen(
        ["ls", "-1", directory],
        stdout=PIPE,
        # expect: compatibility
        errors="replace",
    )
    return proc.communicate()[0]


class Scanner:
    def __init__(self, host):
        self.host = host

    def handshake(self):
        args = ["openssl", "s_client", "-connect", self.host + ":443", "-brief"]
        opts = {"stdout": PIPE, "stderr": subprocess.STDOUT}
        # expect: compatibility
        proc = subprocess.Popen(args, encoding="ascii", stdin=subprocess.DEVNULL, **opts)
        return proc.communicate()[0]

    def handshake_compat(self):
        args = ["openssl", "s_client", "-connect", self.host + ":443", "-brief"]
        proc = subprocess.Popen(args, stdout=PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        return proc.communicate()[0].decode("ascii", "replace")
