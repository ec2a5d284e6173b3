"""Extension settings for the members portal."""
import os

from itsdangerous import URLSafeTimedSerializer


class Config:
    SECRET_KEY = os.environ["PORTAL_SECRET_KEY"]
    WTF_CSRF_ENABLED = True
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SECURE = True


class DevConfig(Config):
    # expect: hardcoded-secret
    SECRET_KEY = "dev-portal-secret"
    # expect: insecure-cookie
    SESSION_COOKIE_SECURE = False


class LegacyConfig(Config):
    # expect: csrf
    WTF_CSRF_ENABLED = False


def email_token_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(os.environ["PORTAL_SECRET_KEY"], salt="email-confirm")


def legacy_token_serializer() -> URLSafeTimedSerializer:
    # expect: hardcoded-secret
    return URLSafeTimedSerializer("confirm-email-secret", salt="email-confirm")
