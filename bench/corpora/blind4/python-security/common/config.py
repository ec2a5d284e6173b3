"""Typed settings read from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing environment variable {name}; set it in the deployment manifest")
    return value


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    DEBUG: bool = field(default_factory=lambda: _env_bool("APP_DEBUG"))
    SECRET_KEY: str = field(default_factory=lambda: _env("APP_SECRET_KEY", ""))
    SMTP_HOST: str = field(default_factory=lambda: _env("SMTP_HOST", "smtp.example.com"))
    SMTP_USER: str = field(default_factory=lambda: _env("SMTP_USER", ""))
    SMTP_PASSWORD: str = field(default_factory=lambda: _env("SMTP_PASSWORD", ""))
    RELAY_HOST: str = field(default_factory=lambda: _env("RELAY_HOST", "relay.example.com"))
    RELAY_USER: str = field(default_factory=lambda: _env("RELAY_USER", ""))
    RELAY_PASSWORD: str = field(default_factory=lambda: _env("RELAY_PASSWORD", ""))
    MAIL_FROM: str = field(default_factory=lambda: _env("MAIL_FROM", "shop@example.com"))
    FTP_USER: str = field(default_factory=lambda: _env("FTP_USER", ""))
    FTP_PASSWORD: str = field(default_factory=lambda: _env("FTP_PASSWORD", ""))
    CUSTOMS_URL: str = field(default_factory=lambda: _env("CUSTOMS_URL", "https://customs.example.com"))
    CUSTOMS_CA_BUNDLE: str = field(default_factory=lambda: _env("CUSTOMS_CA_BUNDLE", "/etc/ssl/customs.pem"))
    PRICE_LIST_URL: str = field(default_factory=lambda: _env("PRICE_LIST_URL", "https://prices.example.com/list"))
    TARIFF_URL: str = field(default_factory=lambda: _env("TARIFF_URL", "https://tariffs.example.com/"))
    PARTNER_HEALTH_URL: str = field(default_factory=lambda: _env("PARTNER_HEALTH_URL", "https://partner.example.com/health"))
    LDAP_BASE: str = field(default_factory=lambda: _env("LDAP_BASE", "dc=corp,dc=example"))
    LDAP_BIND_DN: str = field(default_factory=lambda: _env("LDAP_BIND_DN", ""))
    LDAP_BIND_PASSWORD: str = field(default_factory=lambda: _env("LDAP_BIND_PASSWORD", ""))
    SSO_PUBLIC_KEY: str = field(default_factory=lambda: _env("SSO_PUBLIC_KEY", ""))
    SERVICE_SIGNING_KEY: str = field(default_factory=lambda: _env("SERVICE_SIGNING_KEY", ""))
    DEPLOY_KEY: str = field(default_factory=lambda: _env("DEPLOY_KEY", str(Path.home() / ".ssh/deploy")))
    KNOWN_HOSTS: str = field(default_factory=lambda: _env("KNOWN_HOSTS", str(Path.home() / ".ssh/known_hosts")))


settings = Settings()
