"""Runs the converter tools.

This package still declares ``python_requires=">=3.5"`` (the appliance images ship 3.5).
"""
import ssl
import subprocess
import subprocess as sp
from subprocess import PIPE, Popen


def run_converter(args):
    # expect: version-compatibility
    proc = subprocess.Popen(args, stdout=PIPE, stderr=PIPE, encoding="utf-8")
    out, err = proc.communicate()
    return out


def run_lenient(args):
    # expect: version-compatibility
    proc = Popen(args, stdout=PIPE, universal_newlines=True, errors="replace")
    return proc.communicate()[0]


class ToolRunner:
    def __init__(self, binary, encoding="utf-8"):
        self.binary = binary
        self.encoding = encoding

    def version(self):
        proc = sp.Popen(
            [self.binary, "--version"],
            stdout=sp.PIPE,
            # expect: version-compatibility
            encoding=self.encoding,
        )
        return proc.communicate()[0].strip()


def tls_cipher_names():
    context = ssl.create_default_context()
    # expect: version-compatibility
    return [c["name"] for c in context.get_ciphers()]


def run_converter_35(args):
    proc = subprocess.Popen(args, stdout=PIPE, stderr=PIPE)
    out, err = proc.communicate()
    return out.decode("utf-8", errors="replace")


def run_text(args):
    proc = Popen(args, stdout=PIPE, universal_newlines=True)
    return proc.communicate()[0]


def tls_context():
    context = ssl.create_default_context()
    context.set_ciphers("ECDHE+AESGCM")
    return context
