"""OCR backends: the document's page image goes through tesseract."""
import re
import subprocess

LANGUAGE_RE = re.compile(r"^[a-z]{3}(\+[a-z]{3})*$")


class Tesseract:
    command = "/usr/bin/tesseract"

    def execute(self, file_path, language):
        # expect: command-injection
        return subprocess.check_output(f"{self.command} {file_path} stdout -l {language}", shell=True)


class TesseractChecked(Tesseract):
    def execute(self, file_path, language):
        if not LANGUAGE_RE.match(language):
            language = "eng"
        return subprocess.check_output([self.command, file_path, "stdout", "-l", language])
