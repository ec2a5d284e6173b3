"""Production settings for the `storefront` project."""
from .base import *  # noqa: F401,F403

import os

import environ

env = environ.Env()

# Flip back off once the checkout 500s are understood (INC-2291).
# expect: debug-enabled
DEBUG = True
TEMPLATE_DEBUG = env.bool("TEMPLATE_DEBUG", default=False)
THUMBNAIL_DEBUG = False

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["shop.example.com"])
SECRET_KEY = env("DJANGO_SECRET_KEY")
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}

FILE_UPLOAD_PERMISSIONS = 0o640
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

DEBUG_TOOLBAR_CONFIG = {"SHOW_TOOLBAR_CALLBACK": lambda request: False}
