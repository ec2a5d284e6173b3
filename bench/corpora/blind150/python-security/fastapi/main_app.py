"""ASGI entry points for the public API, the partner API and the internal admin API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware import Middleware

from .routers import admin, orders, partners

ALLOWED_ORIGINS = [o for o in os.environ.get("ALLOWED_ORIGINS", "").split(",") if o]


def create_public_app() -> FastAPI:
    app = FastAPI(title="shop-public")
    # expect: cors-wildcard
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])
    app.include_router(orders.router)
    return app


def create_partner_app() -> FastAPI:
    middleware = [
        # expect: cors-wildcard
        Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"]),
    ]
    app = FastAPI(title="shop-partners", middleware=middleware)
    app.include_router(partners.router)
    return app


def create_admin_app() -> FastAPI:
    app = FastAPI(title="shop-admin")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=ALLOWED_ORIGINS,
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )
    app.include_router(admin.router)
    return app


def create_docs_app() -> FastAPI:
    app = FastAPI(title="shop-docs")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["https://docs.example.com", "https://www.example.com"],
        allow_methods=["GET"],
    )
    return app


def create_status_app() -> FastAPI:
    app = FastAPI(title="shop-status")
    # expect: cors-wildcard
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)

    @app.get("/health")
    async def health():
        return {"ok": True}

    return app


public_app = create_public_app()
