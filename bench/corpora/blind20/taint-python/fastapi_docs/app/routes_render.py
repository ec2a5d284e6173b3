"""Rendering routes: previews, shares and redirects."""
from html import escape
from pathlib import Path

from fastapi import APIRouter, Form, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, select_autoescape

from .helpers import DOCS_ROOT

router = APIRouter()
env = Environment(autoescape=select_autoescape(default_for_string=True))
SHARE_TARGETS = {"wiki": "https://wiki.example.com/import", "drive": "https://drive.example.com/upload"}


@router.post("/preview", response_class=HTMLResponse)
async def preview(title: str = Form(""), body: str = Form("")):
    parts = ["<article>"]
    parts.append(f"<h2>{title}</h2>")
    parts.append(f"<div>{escape(body)}</div>")
    parts.append("</article>")
    # expect: xss
    return HTMLResponse("".join(parts))


@router.post("/preview/safe", response_class=HTMLResponse)
async def preview_safe(title: str = Form(""), body: str = Form("")):
    tpl = env.from_string("<article><h2>{{ t }}</h2><div>{{ b }}</div></article>")
    return HTMLResponse(tpl.render(t=title, b=body))


@router.post("/preview/template", response_class=HTMLResponse)
async def preview_template(source: str = Form("")):
    # expect: template-injection
    return HTMLResponse(env.from_string(source).render())


@router.get("/share")
async def share(target: str = "wiki", custom: str | None = None):
    url = custom if target == "custom" and custom else SHARE_TARGETS.get(target, SHARE_TARGETS["wiki"])
    # expect: open-redirect
    return RedirectResponse(url)


@router.get("/share/safe")
async def share_safe(target: str = "wiki"):
    return RedirectResponse(SHARE_TARGETS.get(target, SHARE_TARGETS["wiki"]))


@router.post("/notes/{name}")
async def save_note(name: str, text: str = Form("")):
    notes = DOCS_ROOT / "notes"
    target = notes.joinpath(name).with_suffix(".md")
    # expect: path-traversal
    target.write_text(text)
    return {"saved": target.name}


@router.post("/notes/{name}/safe")
async def save_note_safe(name: str, text: str = Form("")):
    notes = (DOCS_ROOT / "notes").resolve()
    target = (notes / Path(name).name).with_suffix(".md").resolve()
    if target.parent != notes:
        raise HTTPException(400)
    target.write_text(text)
    return {"saved": target.name}
