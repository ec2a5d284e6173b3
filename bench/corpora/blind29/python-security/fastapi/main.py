"""Application setup for the public API, the admin API and the widget backend."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.applications import Starlette
from starlette.middleware import Middleware

app = FastAPI(title="public-api")
admin_app = FastAPI(title="admin-api")
partner_app = FastAPI(title="partner-api")
internal_app = FastAPI(title="internal")

# expect: cors-misconfiguration
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

origins = ["*"]
admin_app.add_middleware(
    CORSMiddleware,
    # expect: cors-misconfiguration
    allow_origins=origins,
    allow_credentials=True,
)

partner_app.add_middleware(
    CORSMiddleware,
    # expect: cors-misconfiguration
    allow_origins=["https://partner.example.com", "*"],
)

widget_backend = Starlette(
    middleware=[
        # expect: cors-misconfiguration
        Middleware(CORSMiddleware, allow_origins=["*"], allow_headers=["*"]),
    ],
)

internal_app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com", "https://admin.example.com"],
    allow_methods=["*"],
    allow_headers=["*"],
    allow_credentials=True,
)

docs_app = FastAPI(title="docs")
docs_app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://[a-z0-9-]{1,30}\.example\.com",
    allow_methods=["GET"],
)

configured_origins = [o for o in os.environ.get("CORS_ORIGINS", "").split(",") if o and o != "*"]
status_app = FastAPI(title="status")
status_app.add_middleware(CORSMiddleware, allow_origins=configured_origins)
