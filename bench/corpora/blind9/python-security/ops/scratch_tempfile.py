# library: tempfile (stdlib)
"""Scratch files for the PDF rendering worker."""
import os
import subprocess
import tempfile


def render_to_pdf(html: str) -> bytes:
    # expect: temp-file
    src = tempfile.mktemp(suffix=".html")
    with open(src, "w") as fh:
        fh.write(html)
    out = src.replace(".html", ".pdf")
    subprocess.run(["wkhtmltopdf", src, out], check=True, timeout=60)
    with open(out, "rb") as fh:
        return fh.read()


def render_to_pdf_safe(html: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.html")
        out = os.path.join(tmp, "out.pdf")
        with open(src, "w") as fh:
            fh.write(html)
        subprocess.run(["wkhtmltopdf", src, out], check=True, timeout=60)
        with open(out, "rb") as fh:
            return fh.read()


def spool_upload(data: bytes) -> str:
    # expect: temp-file
    path = tempfile.mktemp(prefix="upload-", dir="/var/spool/render")
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def spool_upload_safe(data: bytes) -> str:
    fd, path = tempfile.mkstemp(prefix="upload-", dir="/var/spool/render")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path


def lock_path(name: str) -> str:
    # expect: temp-file
    return os.path.join("/tmp", f"render-{name}.lock")


def buffered():
    return tempfile.NamedTemporaryFile(mode="w+b", suffix=".pdf", delete=True)
