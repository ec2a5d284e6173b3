"""Custom e-mail footer preview (FastAPI + Jinja2)."""
from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse
from jinja2 import Environment, select_autoescape

app = FastAPI()
env = Environment(autoescape=select_autoescape())


@app.post("/footer/preview", response_class=HTMLResponse)
def footer_preview(footer: str = Form(...), company: str = Form("ACME")):
    # expect: template-injection
    return env.from_string(footer).render(company=company)
