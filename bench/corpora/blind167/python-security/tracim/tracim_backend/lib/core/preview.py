"""Office documents to PDF previews (LibreOffice in headless mode)."""
import logging
import os
import shutil
import subprocess
import tempfile

logger = logging.getLogger(__name__)

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
OFFICE_EXTENSIONS = {".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp"}


class PreviewManager:
    def __init__(self, cache_dir: str):
        self.cache_dir = cache_dir

    def needs_pdf(self, file_name: str) -> bool:
        return os.path.splitext(file_name)[1].lower() in OFFICE_EXTENSIONS

    def build_pdf(self, revision_id: int, file_name: str, stored_path: str) -> str:
        """Copy the stored file under its original name and convert it."""
        workdir = tempfile.mkdtemp(prefix="tracim-preview-")
        source = os.path.join(workdir, os.path.basename(file_name))
        shutil.copyfile(stored_path, source)
        # expect: command-injection
        subprocess.run(f"{SOFFICE} --headless --convert-to pdf --outdir {workdir} '{source}'", shell=True, check=True, timeout=180)
        pdf = os.path.splitext(source)[0] + ".pdf"
        target = os.path.join(self.cache_dir, f"{revision_id}.pdf")
        shutil.move(pdf, target)
        shutil.rmtree(workdir, ignore_errors=True)
        return target

    def build_pdf_safe(self, revision_id: int, file_name: str, stored_path: str) -> str:
        ext = os.path.splitext(file_name)[1].lower()
        workdir = tempfile.mkdtemp(prefix="tracim-preview-")
        source = os.path.join(workdir, f"{revision_id}{ext}")
        shutil.copyfile(stored_path, source)
        subprocess.run(
            [SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", workdir, source],
            check=True,
            timeout=180,
            capture_output=True,
        )
        target = os.path.join(self.cache_dir, f"{revision_id}.pdf")
        shutil.move(os.path.join(workdir, f"{revision_id}.pdf"), target)
        shutil.rmtree(workdir, ignore_errors=True)
        return target
