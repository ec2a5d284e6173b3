"""PDF export through wkhtmltopdf."""
import logging
import os
import shlex
import subprocess
import tempfile

from flask import current_app

log = logging.getLogger(__name__)


def _binary():
    return current_app.config["WKHTMLTOPDF"]


def html_to_pdf(html, title, out_path):
    """Render ``html`` to ``out_path``; ``title`` goes into the PDF header."""
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        src = fh.name
    try:
        cmd = f"{_binary()} --quiet --header-center '{title}' {src} {out_path}"
        # expect: command-injection
        subprocess.run(cmd, shell=True, check=True, timeout=120)
    finally:
        os.unlink(src)
    return out_path


def html_to_pdf_args(html, title, out_path):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        src = fh.name
    try:
        subprocess.run(
            [_binary(), "--quiet", "--header-center", title, src, out_path],
            check=True,
            timeout=120,
        )
    finally:
        os.unlink(src)
    return out_path


def html_to_pdf_quoted(html, title, out_path):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        src = fh.name
    try:
        cmd = " ".join(
            [_binary(), "--quiet", "--header-center", shlex.quote(title), shlex.quote(src), shlex.quote(out_path)]
        )
        subprocess.run(cmd, shell=True, check=True, timeout=120)
    finally:
        os.unlink(src)
    log.info("pdf written to %s", out_path)
    return out_path
