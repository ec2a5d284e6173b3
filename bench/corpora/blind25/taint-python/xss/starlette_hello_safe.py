"""Greeting endpoint (Starlette), escaped."""
import html

from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route


async def hello(request):
    who = html.escape(request.query_params.get("who", "world"))
    body = "<html><body>"
    body += "<p>Hello, " + who + "!</p>"
    body += "</body></html>"
    return HTMLResponse(body)


app = Starlette(routes=[Route("/hello", hello)])
