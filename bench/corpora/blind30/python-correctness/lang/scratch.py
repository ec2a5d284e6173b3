"""Scratch files for the PDF merge worker."""
import os
import subprocess
import tempfile
import tempfile as tf
from tempfile import NamedTemporaryFile, mkdtemp, mktemp


def merge(pdf_paths):
    # expect: insecure-tempfile
    out_path = tempfile.mktemp(suffix=".pdf")
    subprocess.run(["qpdf", "--empty", "--pages", *pdf_paths, "--", out_path], check=True)
    return out_path


def stage_upload(data: bytes) -> str:
    fd, path = tempfile.mkstemp(suffix=".upload")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path


class Workspace:
    def __init__(self):
        self.root = mkdtemp(prefix="merge-")

    def scratch_name(self, ext: str) -> str:
        # expect: insecure-tempfile
        return mktemp(suffix=ext, dir=self.root)

    def write_manifest(self, lines):
        with NamedTemporaryFile("w", dir=self.root, suffix=".txt", delete=False) as fh:
            fh.write("\n".join(lines))
            return fh.name


def write_log(text: str, name=None):
    if name is None:
        # expect: insecure-tempfile
        name = tf.mktemp(prefix="merge-log-")
    with open(name, "w", encoding="utf-8") as fh:
        fh.write(text)
    return name


def render_cover(title: str) -> str:
    # expect: insecure-tempfile
    target = os.path.join(tempfile.gettempdir(), os.path.basename(tempfile.mktemp())) + ".pdf"
    subprocess.run(["cover-render", "--title", title, "--out", target], check=True)
    return target
