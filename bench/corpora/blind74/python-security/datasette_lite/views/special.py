"""Small utility pages."""
import html
from urllib.parse import urlparse

from starlette.responses import HTMLResponse, RedirectResponse


async def redirect_view(request):
    to = request.query_params.get("to", "/")
    # expect: open-redirect
    return RedirectResponse(to, status_code=302)


async def redirect_local_view(request):
    to = request.query_params.get("to", "/")
    if urlparse(to).netloc or not to.startswith("/") or to.startswith("//"):
        to = "/"
    return RedirectResponse(to, status_code=302)


def _message_page(message, kind):
    return f"""<!DOCTYPE html>
<html><body>
<div class="message-{kind}">{message}</div>
</body></html>"""


async def message_view(request):
    message = request.query_params.get("message", "")
    kind = request.query_params.get("kind", "info")
    if kind not in ("info", "warning", "error"):
        kind = "info"
    # expect: xss
    return HTMLResponse(_message_page(message, kind))


async def message_escaped_view(request):
    message = html.escape(request.query_params.get("message", ""))
    return HTMLResponse(_message_page(message, "info"))
