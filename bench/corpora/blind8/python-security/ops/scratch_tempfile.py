# library: tempfile / os
"""Scratch files for the PDF renderer."""
import logging
import os
import stat
import subprocess
import tempfile

log = logging.getLogger(__name__)


def render(html: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="render-") as tmp:
        src = os.path.join(tmp, "in.html")
        out = os.path.join(tmp, "out.pdf")
        with open(src, "w") as fh:
            fh.write(html)
        subprocess.run(["wkhtmltopdf", "--quiet", src, out], check=True)
        with open(out, "rb") as fh:
            return fh.read()


def render_legacy(html: str) -> bytes:
    # expect: temp-file
    src = tempfile.mktemp(suffix=".html")
    with open(src, "w") as fh:
        fh.write(html)
    out = src.replace(".html", ".pdf")
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    return open(out, "rb").read()


def spool(data: bytes) -> str:
    fd, path = tempfile.mkstemp(suffix=".bin")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o600)
    return path


def shared_spool(data: bytes) -> str:
    # expect: temp-file
    path = "/tmp/renderer-spool.bin"
    with open(path, "wb") as fh:
        fh.write(data)
    # expect: file-permissions
    os.chmod(path, 0o777)
    return path


def publish(path: str) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)
    log.info("published %s", path)
