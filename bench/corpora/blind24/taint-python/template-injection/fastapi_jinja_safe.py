"""Custom e-mail footer preview (FastAPI + Jinja2), fixed template."""
from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse
from jinja2 import Environment, select_autoescape

app = FastAPI()
env = Environment(autoescape=select_autoescape(default_for_string=True))
FOOTER = env.from_string("<footer>{{ footer }} &mdash; {{ company }}</footer>")


@app.post("/footer/preview", response_class=HTMLResponse)
def footer_preview(footer: str = Form(...), company: str = Form("ACME")):
    return FOOTER.render(footer=footer, company=company)
