"""API entry point."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.cors import CORSMiddleware as StarletteCORS

app = FastAPI(title="orders")
# expect: cors-misconfiguration
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"])

public_api = FastAPI(title="public")
origins = ["*"]
public_api.add_middleware(
    CORSMiddleware,
    # expect: cors-misconfiguration
    allow_origins=origins,
    allow_credentials=True,
)


def create_admin_app(extra_origins=()):
    admin = FastAPI(title="admin")
    allowed = ["https://admin.example.com", *extra_origins, "*"]
    admin.add_middleware(
        StarletteCORS,
        # expect: cors-misconfiguration
        allow_origins=allowed,
        allow_headers=["*"],
    )
    return admin


class Settings:
    cors_origins = ["*"]


def configure(application, settings=Settings()):
    # expect: cors-misconfiguration
    application.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins)


internal = FastAPI(title="internal")
internal.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com", "https://www.example.com"],
    allow_methods=["*"],
    allow_headers=["*"],
)

partner = FastAPI(title="partner")
partner.add_middleware(
    CORSMiddleware,
    allow_origins=os.environ.get("PARTNER_ORIGINS", "https://partner.example.com").split(","),
)
