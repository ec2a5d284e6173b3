"""Export endpoints: the 'download' menu of a running app."""
from __future__ import annotations

from starlette.authentication import requires
from starlette.requests import Request
from starlette.responses import Response

from marimo.server.api.deps import AppState
from marimo.server.api.utils import parse_request
from marimo.server.export.pdf import export_pdf, export_pdf_safe
from marimo.server.models.export import ExportAsPDFRequest
from marimo.server.router import APIRouter

router = APIRouter()


def _pdf_response(data: bytes, download_name: str) -> Response:
    safe_name = "".join(c for c in download_name if c.isalnum() or c in "-_.") or "notebook"
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{safe_name}.pdf"'},
    )


@router.post("/pdf")
@requires("read")
async def export_as_pdf(request: Request) -> Response:
    app_state = AppState(request)
    body = await parse_request(request, cls=ExportAsPDFRequest)
    html_path = app_state.session_manager.export_html_to_tmp(app_state.require_current_session_id())
    data = export_pdf(html_path, body.paper_size, body.download_name)
    return _pdf_response(data, body.download_name)


@router.post("/pdf/v2")
@requires("read")
async def export_as_pdf_v2(request: Request) -> Response:
    app_state = AppState(request)
    body = await parse_request(request, cls=ExportAsPDFRequest)
    html_path = app_state.session_manager.export_html_to_tmp(app_state.require_current_session_id())
    data = export_pdf_safe(html_path, body.paper_size)
    return _pdf_response(data, body.download_name)
