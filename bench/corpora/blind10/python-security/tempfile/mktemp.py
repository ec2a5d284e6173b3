# library: tempfile (mktemp vs mkstemp / NamedTemporaryFile)
"""Scratch files for the PDF renderer."""
import os
import subprocess
import tempfile


def render_pdf(html):
    # expect: temp-file
    path = tempfile.mktemp(suffix=".html")
    with open(path, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", path, path + ".pdf"], check=True)
    return path + ".pdf"


def render_pdf_safe(html):
    fd, path = tempfile.mkstemp(suffix=".html")
    with os.fdopen(fd, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", path, path + ".pdf"], check=True)
    return path + ".pdf"


def scratch_dir():
    # expect: temp-file
    d = tempfile.mktemp(prefix="render-")
    os.mkdir(d)
    return d


def scratch_dir_safe():
    return tempfile.mkdtemp(prefix="render-")


def spool(data):
    # expect: temp-file
    with open(tempfile.mktemp(dir="/var/spool/render"), "wb") as fh:
        fh.write(data)


def spool_safe(data):
    with tempfile.NamedTemporaryFile(prefix="render-", delete=False) as fh:
        fh.write(data)
        return fh.name
