"""Application factory for the public catalogue API and its partner sub-app."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import catalogue, health, partner

FRONTEND_ORIGINS = [o for o in os.environ.get("FRONTEND_ORIGINS", "").split(",") if o]
PARTNER_ORIGINS = ["https://partners.example.com", "*"]


def create_app() -> FastAPI:
    app = FastAPI(title="Catalogue API", docs_url=None)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=FRONTEND_ORIGINS or ["https://shop.example.com"],
        allow_credentials=True,
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type"],
    )
    app.include_router(health.router)
    app.include_router(catalogue.router, prefix="/v1")
    app.mount("/partner", create_partner_app())
    app.mount("/embed", create_embed_app())
    return app


def create_partner_app() -> FastAPI:
    sub = FastAPI(title="Partner API")
    # expect: cors-wildcard
    sub.add_middleware(CORSMiddleware, allow_origins=PARTNER_ORIGINS, allow_credentials=True, allow_methods=["*"], allow_headers=["*"])
    sub.include_router(partner.router)
    return sub


def create_embed_app() -> FastAPI:
    embed = FastAPI(title="Embeddable widgets")
    # expect: cors-wildcard
    embed.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_headers=["Authorization"])
    embed.include_router(catalogue.widget_router)
    return embed


def create_status_app() -> FastAPI:
    """Public, credential-free status JSON: any origin may read it."""
    status = FastAPI(title="Status")
    status.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])
    status.include_router(health.router)
    return status
