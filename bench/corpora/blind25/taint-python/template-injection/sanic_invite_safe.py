"""Invitation preview (Sanic + Jinja2), sandboxed environment."""
from jinja2.sandbox import SandboxedEnvironment
from sanic import Sanic
from sanic.response import html

app = Sanic("invites")
env = SandboxedEnvironment(autoescape=True)


@app.post("/invites/preview")
async def preview(request):
    greeting = request.json.get("greeting", "Hi {{ name }}")
    return html(env.from_string(greeting).render(name="guest"))
