from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from ..dependencies import current_user
from ..schemas import DocumentRender
from ..services import documents

router = APIRouter()

_FAKE_STORE = {1: {"id": 1, "customer": "ACME", "amount_cents": 12000}}


def _invoice(invoice_id: int) -> dict:
    invoice = _FAKE_STORE.get(invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404)
    return invoice


@router.post("/preview", response_class=HTMLResponse)
async def preview(body: DocumentRender, user: str = Depends(current_user)):
    return documents.render_html(_invoice(body.invoice_id), body.template, body.layout)


@router.post("/preview/v2", response_class=HTMLResponse)
async def preview_v2(body: DocumentRender, user: str = Depends(current_user)):
    return documents.render_named(_invoice(body.invoice_id), body.layout)


@router.post("/pdf")
async def pdf(body: DocumentRender, request: Request):
    html = documents.render_named(_invoice(body.invoice_id), body.layout)
    path = documents.html_to_pdf(html, body.invoice_id)
    disposition = f'attachment; filename="{body.filename}"'
    # expect: header-injection
    return FileResponse(path, media_type="application/pdf", headers={"Content-Disposition": disposition})


@router.post("/pdf/v2")
async def pdf_v2(body: DocumentRender):
    html = documents.render_named(_invoice(body.invoice_id), body.layout)
    path = documents.html_to_pdf(html, body.invoice_id)
    return FileResponse(path, media_type="application/pdf", filename=f"invoice-{body.invoice_id}.pdf")


@router.get("/fonts")
async def fonts(request: Request):
    channel = request.state.channel
    if channel not in ("web", "mobile"):
        channel = "web"
    return Response(documents.localized_font_config(), media_type="text/plain", headers={"X-Channel": channel})


@router.get("/greeting", response_class=HTMLResponse)
async def greeting(request: Request):
    who = request.state.user if hasattr(request.state, "user") else request.query_params.get("name", "there")
    # expect: xss
    return HTMLResponse("<p>Hello " + who + ", your invoices are ready.</p>")
