"""Generate PDF reports from HTML templates (runs in the reports worker)."""
import hashlib
import os
import subprocess
import tempfile
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"
OUT_DIR = Path(os.environ.get("REPORT_OUT", "/srv/reports"))
env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def load_spec(path: Path) -> dict:
    with path.open() as fh:
        return yaml.safe_load(fh)


def load_spec_from_request(body: str) -> dict:
    # expect: deserialization
    return yaml.load(body, Loader=yaml.UnsafeLoader)


def render_html(spec: dict) -> str:
    return env.get_template(spec["template"]).render(**spec.get("context", {}))


def to_pdf(html: str, name: str) -> Path:
    out = OUT_DIR / f"{name}.pdf"
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        src = fh.name
    subprocess.run(["wkhtmltopdf", "--quiet", src, str(out)], check=True, timeout=120)
    os.unlink(src)
    return out


def to_pdf_legacy(html: str, name: str, options: str) -> Path:
    out = OUT_DIR / f"{name}.pdf"
    # expect: temp-file
    src = "/tmp/report-%s.html" % name
    Path(src).write_text(html)
    # expect: command-injection
    subprocess.run("wkhtmltopdf " + options + " " + src + " " + str(out), shell=True, check=True)
    return out


def watermark(pdf: Path, text: str) -> None:
    subprocess.run(["qpdf", "--overlay", str(TEMPLATES / "wm.pdf"), "--", str(pdf), str(pdf) + ".wm"], check=True)


def report_id(spec: dict) -> str:
    return hashlib.sha1(repr(sorted(spec.items())).encode()).hexdigest()[:12]


def publish(pdf: Path) -> None:
    pdf.chmod(0o644)


def publish_shared(pdf: Path) -> None:
    # expect: file-permissions
    pdf.chmod(0o777)


def attach_data(spec: dict, query_args: dict) -> str:
    query = query_args.get("filter", "True")
    # expect: code-injection
    return str(eval(query))


def cleanup() -> None:
    for p in OUT_DIR.glob("*.pdf.wm"):
        p.unlink()
