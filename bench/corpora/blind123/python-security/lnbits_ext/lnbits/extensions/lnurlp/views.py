"""Public pages of the pay-link extension."""
from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from lnbits.helpers import template_renderer

from . import lnurlp_ext
from .crud import get_pay_link


@lnurlp_ext.get("/link/{link_id}", response_class=HTMLResponse)
async def display(request: Request, link_id: str):
    link = await get_pay_link(link_id)
    if not link:
        raise HTTPException(status_code=404, detail="Pay link does not exist.")
    return template_renderer(["lnurlp/templates"]).TemplateResponse("lnurlp/display.html", {"request": request, "link": link})


@lnurlp_ext.get("/print/{link_id}", response_class=HTMLResponse)
async def print_qr(request: Request, link_id: str):
    link = await get_pay_link(link_id)
    if not link:
        raise HTTPException(status_code=404, detail="Pay link does not exist.")
    # expect: xss
    return HTMLResponse(f"<html><body><h2>{link.description}</h2><img src=\"/lnurlp/qr/{link.id}\"></body></html>")
