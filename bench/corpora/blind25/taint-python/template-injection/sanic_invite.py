"""Invitation preview (Sanic + Jinja2)."""
from jinja2 import Template
from sanic import Sanic
from sanic.response import html

app = Sanic("invites")


@app.post("/invites/preview")
async def preview(request):
    greeting = request.json.get("greeting", "Hi {{ name }}")
    # expect: template-injection
    return html(Template(greeting).render(name="guest"))
