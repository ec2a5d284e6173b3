"""Public API gateway and its admin sub-application."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware as Cors

from .routers import admin, catalogue, orders

PARTNER_ORIGINS = ["https://shop.example.com", "https://partners.example.com"]
PUBLIC_ORIGINS = PARTNER_ORIGINS + ["*"]

app = FastAPI(title="gateway")
app.include_router(catalogue.router)
app.include_router(orders.router)

app.add_middleware(
    CORSMiddleware,
    # expect: cors-misconfiguration
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# expect: cors-misconfiguration
widgets = FastAPI(middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])])


def build_public_api():
    public = FastAPI(title="public")
    # expect: cors-misconfiguration
    public.add_middleware(Cors, allow_origins=PUBLIC_ORIGINS, allow_methods=["GET"])
    return public


admin_app = FastAPI(title="admin")
admin_app.include_router(admin.router)
admin_app.add_middleware(
    CORSMiddleware,
    allow_origins=PARTNER_ORIGINS,
    allow_credentials=True,
    allow_methods=["*"],
)

status_app = FastAPI(title="status")
status_app.add_middleware(
    CORSMiddleware,
    allow_origins=os.environ.get("STATUS_ORIGINS", "").split(","),
    allow_origin_regex=r"https://[a-z0-9-]+\.example\.com",
)

app.mount("/admin", admin_app)
app.mount("/widgets", widgets)
app.mount("/status", status_app)
app.mount("/public", build_public_api())
