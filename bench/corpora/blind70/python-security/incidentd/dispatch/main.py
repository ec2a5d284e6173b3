"""API application: routers, organization middleware, request ids."""
import logging
import re
import uuid

from fastapi import FastAPI, Request
from starlette.middleware.base import BaseHTTPMiddleware

from dispatch.document.views import router as document_router
from dispatch.incident.views import router as incident_router
from dispatch.logging_context import request_id_var

log = logging.getLogger(__name__)

REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9-]{8,64}$")


class OrganizationMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        parts = request.url.path.split("/")
        # /api/v1/<organization>/...
        request.state.organization = parts[3] if len(parts) > 3 else "default"
        return await call_next(request)


class RequestIdMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        incoming = request.headers.get("X-Request-ID")
        request_id_var.set(incoming or str(uuid.uuid4()))
        response = await call_next(request)
        return response


class CheckedRequestIdMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        incoming = request.headers.get("X-Request-ID", "")
        if not REQUEST_ID_RE.match(incoming):
            incoming = str(uuid.uuid4())
        request.state.request_id = incoming
        return await call_next(request)


app = FastAPI(title="incidentd")
app.add_middleware(OrganizationMiddleware)
app.add_middleware(RequestIdMiddleware)
app.include_router(incident_router, prefix="/api/v1/{organization}/incidents", tags=["incidents"])
app.include_router(document_router, prefix="/api/v1/{organization}/documents", tags=["documents"])
