"""Stamp uploaded PDFs with qpdf; the tool reads input from a path."""
import json
import subprocess
import tempfile
from tempfile import NamedTemporaryFile


def stamp(pdf_bytes: bytes, overlay_path: str) -> bytes:
    src = tempfile.NamedTemporaryFile(suffix=".pdf")
    src.write(pdf_bytes)
    out = tempfile.NamedTemporaryFile(suffix=".pdf")
    # expect: tempfile-without-flush
    subprocess.run(["qpdf", src.name, "--overlay", overlay_path, "--", out.name], check=True)
    return out.read()


def page_count(pdf_bytes: bytes) -> int:
    with NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(pdf_bytes)
        # expect: tempfile-without-flush
        res = subprocess.run(["qpdf", "--show-npages", tmp.name], capture_output=True, text=True)
    return int(res.stdout.strip())


def apply_metadata(pdf_path: str, meta: dict) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as fh:
        json.dump(meta, fh)
        # expect: tempfile-without-flush
        subprocess.run(["exiftool", "-json=" + fh.name, pdf_path], check=True)


def linearize(pdf_bytes: bytes) -> bytes:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as src, tempfile.NamedTemporaryFile(suffix=".pdf") as dst:
        src.write(pdf_bytes)
        src.flush()
        subprocess.run(["qpdf", "--linearize", src.name, dst.name], check=True)
        return dst.read()


def keep_copy(pdf_bytes: bytes) -> str:
    tmp = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
    tmp.write(pdf_bytes)
    tmp.close()
    return tmp.name
