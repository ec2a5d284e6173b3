from fastapi import FastAPI

from .context import AccountContextMiddleware
from .routers import documents, invoices
from .settings import get_settings

settings = get_settings()

app = FastAPI(title="billing", version=settings.version)
app.add_middleware(AccountContextMiddleware)
app.include_router(invoices.router, prefix="/invoices", tags=["invoices"])
app.include_router(documents.router, prefix="/documents", tags=["documents"])


@app.get("/healthz")
async def healthz():
    return {"ok": True, "version": settings.version}
