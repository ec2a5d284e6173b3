"""Application factories for the public API and the internal admin API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware

from .routers import admin, public, widgets


def create_public_app() -> FastAPI:
    app = FastAPI(title="Public API")
    app.add_middleware(
        CORSMiddleware,
        # expect: cors-wildcard
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.include_router(public.router)
    return app


def create_widget_app() -> FastAPI:
    app = FastAPI(title="Widgets")
    # expect: cors-wildcard
    app.add_middleware(CORSMiddleware, allow_origins=["https://shop.example.com", "*"], allow_methods=["GET"])
    app.include_router(widgets.router)
    return app


DEV_ORIGINS = ["*"]


def create_admin_app() -> FastAPI:
    app = FastAPI(title="Admin API")
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(
        CORSMiddleware,
        # expect: cors-wildcard
        allow_origins=DEV_ORIGINS,
        allow_methods=["GET", "POST"],
    )
    app.include_router(admin.router)
    return app


def create_partner_app() -> FastAPI:
    app = FastAPI(title="Partner API")
    origins = [o.strip() for o in os.environ.get("PARTNER_ORIGINS", "").split(",") if o.strip()]
    app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["*"], allow_headers=["*"])
    return app


def create_docs_app() -> FastAPI:
    app = FastAPI(title="Docs")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["https://docs.example.com", "https://www.example.com"],
        allow_origin_regex=r"https://[a-z0-9-]+\.preview\.example\.com",
        allow_methods=["GET"],
    )
    return app
