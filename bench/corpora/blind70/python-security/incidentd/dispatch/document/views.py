"""Document templates: preview a template against sample incident data."""
from fastapi import APIRouter, Body
from fastapi.responses import HTMLResponse
from jinja2 import Environment, Template, select_autoescape

router = APIRouter()

_env = Environment(autoescape=select_autoescape(["html"]))
PREVIEW = _env.from_string("<h2>{{ name }}</h2><div class='preview'>{{ body }}</div>")

SAMPLE = {"incident": {"title": "Database latency", "commander": "on-call", "status": "Active"}}


@router.post("/preview", response_class=HTMLResponse)
def preview_template(name: str = Body(...), body: str = Body(...)):
    return PREVIEW.render(name=name, body=body)


@router.post("/render")
def render_template(template_body: str = Body(..., embed=True)):
    # expect: template-injection
    rendered = Template(template_body).render(**SAMPLE)
    return {"rendered": rendered}
