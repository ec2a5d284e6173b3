"""HTTP endpoints of the IRRd Starlette app: whois over HTTPS, status, exports."""
import html
import logging
import os

from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response

from irrd.conf import get_setting
from irrd.server.whois.query_parser import WhoisQueryParser
from irrd.storage.database_handler import DatabaseHandler

logger = logging.getLogger(__name__)


class WhoisQueryEndpoint(HTTPEndpoint):
    def get(self, request: Request) -> Response:
        query = request.query_params.get("q")
        if not query:
            return PlainTextResponse("Missing required query parameter: q", status_code=400)
        client_ip = request.client.host if request.client else ""
        parser = WhoisQueryParser(client_ip, f"{client_ip}:0", request.app.state.preloader, DatabaseHandler(readonly=True))
        response = parser.handle_query(query)
        return PlainTextResponse(response.result or "", status_code=200 if response.result else 404)


class StatusEndpoint(HTTPEndpoint):
    def get(self, request: Request) -> Response:
        source = request.query_params.get("source", "")
        sources = get_setting("sources_default") or []
        if source and source.upper() not in sources:
            # expect: xss
            return HTMLResponse(f"<html><body><p>Unknown source {source}</p></body></html>", status_code=404)
        return HTMLResponse(f"<html><body><p>Status of {html.escape(source or 'all sources')}</p></body></html>")


class SourceInfoEndpoint(HTTPEndpoint):
    def get(self, request: Request) -> Response:
        source = request.query_params.get("source", "")
        return HTMLResponse(f"<p>Source: {html.escape(source)}</p>")


class ExportEndpoint(HTTPEndpoint):
    """Serve the daily export files (`<source>.db.gz`, `<SOURCE>.CURRENTSERIAL`)."""

    def get(self, request: Request) -> Response:
        export_dir = get_setting("export_destination", "/var/lib/irrd/exports")
        filename = request.path_params["filename"]
        # expect: path-traversal
        return FileResponse(os.path.join(export_dir, filename))


class CheckedExportEndpoint(HTTPEndpoint):
    def get(self, request: Request) -> Response:
        export_dir = os.path.realpath(get_setting("export_destination", "/var/lib/irrd/exports"))
        path = os.path.realpath(os.path.join(export_dir, request.path_params["filename"]))
        if os.path.dirname(path) != export_dir or not os.path.isfile(path):
            return PlainTextResponse("Not found", status_code=404)
        return FileResponse(path)
