"""Builds PDF and CSV exports in scratch files before upload."""
import csv
import os
import subprocess
import tempfile
from pathlib import Path


def export_csv(rows: list[dict]) -> str:
    # expect: temp-file
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def export_csv_safe(rows: list[dict]) -> str:
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def render_pdf(html: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="pdf-") as tmp:
        src = Path(tmp) / "in.html"
        src.write_text(html)
        subprocess.run(["wkhtmltopdf", str(src), str(Path(tmp) / "out.pdf")], check=True)
        return (Path(tmp) / "out.pdf").read_bytes()


def render_pdf_legacy(html: str) -> bytes:
    # expect: temp-file
    src = tempfile.mktemp(prefix="report-", suffix=".html", dir="/tmp")
    out = src.replace(".html", ".pdf")
    Path(src).write_text(html)
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    return Path(out).read_bytes()


def spool(data: bytes) -> bytes:
    with tempfile.SpooledTemporaryFile(max_size=1 << 20) as fh:
        fh.write(data)
        fh.seek(0)
        return fh.read()


def lock_path(job: str) -> Path:
    # expect: temp-file
    return Path("/tmp") / f"export-{job}.lock"


def scratch_dir() -> str:
    return tempfile.mkdtemp(prefix="export-")


def named_export(rows: list[str]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(rows))
        return fh.name
