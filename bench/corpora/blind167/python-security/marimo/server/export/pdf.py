"""HTML to PDF through a headless Chromium."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

PAPER_SIZES = {"a4": "8.27x11.69", "letter": "8.5x11", "legal": "8.5x14"}
CHROMIUM = shutil.which("chromium") or shutil.which("google-chrome") or "chromium"


def export_pdf(html_path: Path, paper_size: str, title: str) -> bytes:
    """First version: title and paper size went straight into the command."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pdf"
        # expect: command-injection
        subprocess.run(f"{CHROMIUM} --headless --disable-gpu --print-to-pdf={out} --paper={paper_size} --title='{title}' file://{html_path}", shell=True, check=True, timeout=120)
        return out.read_bytes()


def export_pdf_safe(html_path: Path, paper_size: str) -> bytes:
    size = PAPER_SIZES.get(paper_size.lower(), PAPER_SIZES["a4"])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pdf"
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--disable-gpu",
                f"--print-to-pdf={out}",
                f"--paper={size}",
                html_path.as_uri(),
            ],
            check=True,
            timeout=120,
            capture_output=True,
        )
        return out.read_bytes()


def chromium_version() -> str:
    out = subprocess.run(f"{CHROMIUM} --version", shell=True, capture_output=True, text=True, timeout=10)
    return out.stdout.strip()
