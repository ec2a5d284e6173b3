"""Render Markdown and JSON snippets with external tools via temp files."""
import json
import subprocess
import tempfile
from tempfile import NamedTemporaryFile as TempFile

import yaml


def render_markdown(text: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".md", encoding="utf-8") as src:
        src.write(text)
        # expect: tempfile-not-flushed
        out = subprocess.run(["pandoc", src.name, "-t", "html"], capture_output=True, text=True, check=True)
    return out.stdout


def validate_schema(doc: dict) -> bool:
    with TempFile(mode="w", suffix=".json", encoding="utf-8") as fh:
        json.dump(doc, fh)
        # expect: tempfile-not-flushed
        result = subprocess.run(["ajv", "validate", "-s", "schema.json", "-d", fh.name], check=False)
    return result.returncode == 0


def lint_config(cfg: dict) -> str:
    tmp = tempfile.NamedTemporaryFile("w", suffix=".yaml", encoding="utf-8")
    yaml.safe_dump(cfg, tmp)
    # expect: tempfile-not-flushed
    cmd = ["yamllint", "-f", "parsable", tmp.name]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    tmp.close()
    return proc.stdout


class Renderer:
    def __init__(self, binary="wkhtmltopdf"):
        self.binary = binary

    def to_pdf(self, html: str) -> bytes:
        with TempFile("w", suffix=".html", encoding="utf-8") as page:
            page.write(html)
            page.flush()
            with TempFile(suffix=".pdf") as out:
                subprocess.run([self.binary, page.name, out.name], check=True)
                return out.read()


def word_count(text: str) -> int:
    handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
    handle.write(text)
    handle.close()
    proc = subprocess.run(["wc", "-w", handle.name], capture_output=True, text=True, check=True)
    return int(proc.stdout.split()[0])


async def spellcheck(text: str) -> str:
    import asyncio

    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as doc:
        doc.write(text)
        # expect: tempfile-not-flushed
        proc = await asyncio.create_subprocess_exec("hunspell", "-l", doc.name, stdout=asyncio.subprocess.PIPE)
        stdout, _ = await proc.communicate()
    return stdout.decode()
