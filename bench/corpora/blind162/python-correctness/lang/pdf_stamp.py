"""Stamps PDFs with a page footer using qpdf and an external stamper tool."""
import json
import subprocess
import tempfile
from pathlib import Path


def stamp(pdf: Path, footer_text: str) -> bytes:
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as footer:
        footer.write(footer_text)
        # expect: tempfile-not-flushed
        subprocess.run(["pdfstamp", "--text-file", footer.name, str(pdf)], check=True)
    return pdf.read_bytes()


def stamp_flushed(pdf: Path, footer_text: str) -> bytes:
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as footer:
        footer.write(footer_text)
        footer.flush()
        subprocess.run(["pdfstamp", "--text-file", footer.name, str(pdf)], check=True)
    return pdf.read_bytes()


def merge(pdfs: list[Path], out: Path) -> None:
    listing = tempfile.NamedTemporaryFile("w", suffix=".json")
    json.dump([str(p) for p in pdfs], listing)
    # expect: tempfile-not-flushed
    subprocess.run(["pdfmerge", "--manifest", listing.name, "-o", str(out)], check=True)
    listing.close()


def merge_closed(pdfs: list[Path], out: Path) -> None:
    listing = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump([str(p) for p in pdfs], listing)
    listing.close()
    try:
        subprocess.run(["pdfmerge", "--manifest", listing.name, "-o", str(out)], check=True)
    finally:
        Path(listing.name).unlink(missing_ok=True)


def encrypt(pdf: Path, password: str) -> bytes:
    with tempfile.NamedTemporaryFile("wb", suffix=".pdf") as out:
        with tempfile.NamedTemporaryFile("w", suffix=".pw") as pw:
            pw.write(password)
            # expect: tempfile-not-flushed
            subprocess.run(["qpdf", "--encrypt", f"@{pw.name}", "--", str(pdf), out.name], check=True)
        return Path(out.name).read_bytes()


def page_count(pdf: Path) -> int:
    with tempfile.NamedTemporaryFile("w+", suffix=".json") as info:
        subprocess.run(["qpdf", "--json", str(pdf)], stdout=info, check=True)
        info.seek(0)
        return len(json.load(info)["pages"])
