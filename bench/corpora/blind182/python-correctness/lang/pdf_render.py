"""Render invoices to PDF with an external converter."""
import json
import subprocess
import tempfile
from pathlib import Path

CONVERTER = "/usr/bin/wkhtmltopdf"


def render_invoice(html, out_path):
    with tempfile.NamedTemporaryFile("w", suffix=".html") as src:
        src.write(html)
        # expect: tempfile-no-flush
        subprocess.run([CONVERTER, "--quiet", src.name, str(out_path)], check=True)
    return Path(out_path)


def render_with_header(html, header_html, out_path):
    with tempfile.NamedTemporaryFile("w", suffix=".html") as body, tempfile.NamedTemporaryFile("w", suffix=".html") as head:
        body.write(html)
        head.write(header_html)
        body.flush()
        head.flush()
        subprocess.run([CONVERTER, "--header-html", head.name, body.name, str(out_path)], check=True)
    return Path(out_path)


def render_batch_manifest(invoices, out_dir):
    manifest = tempfile.NamedTemporaryFile("w", suffix=".json")
    manifest.write(json.dumps([str(i) for i in invoices]))
    # expect: tempfile-no-flush
    subprocess.run(["/opt/pdf-tools/batch", "--manifest", manifest.name, "--out", str(out_dir)], check=True)
    manifest.close()


def render_settings_file(settings, out_path):
    with tempfile.NamedTemporaryFile("w", suffix=".json") as cfg:
        json.dump(settings, cfg)
        cfg.flush()
        subprocess.run(["/opt/pdf-tools/render", "--settings", cfg.name, "--out", str(out_path)], check=True)


def render_keep_source(html):
    src = tempfile.NamedTemporaryFile("w", suffix=".html", delete=False)
    src.write(html)
    src.close()
    return src.name
