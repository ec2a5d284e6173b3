"""Builds PDF reports through temporary files."""
import os
import subprocess
import tempfile
from tempfile import mktemp as temp_name


def render_pdf(html):
    # expect: insecure-temp-file
    src = tempfile.mktemp(suffix=".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    out = src.replace(".html", ".pdf")
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    return out


class ChartCache:
    def __init__(self, workdir):
        self.workdir = workdir

    def new_path(self):
        # expect: insecure-temp-file
        return temp_name(prefix="chart-", suffix=".png", dir=self.workdir)


def spool_csv(rows):
    paths = [
        # expect: insecure-temp-file
        tempfile.mktemp(prefix=f"part{i}-", suffix=".csv")
        for i in range(len(rows))
    ]
    for path, chunk in zip(paths, rows):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(chunk)
    return paths


def render_pdf_safe(html):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html)
        src = fh.name
    fd, out = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    return out


def scratch_dir():
    return tempfile.mkdtemp(prefix="reports-")
