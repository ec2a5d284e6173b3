"""Settings for the public API service (imported by settings/production.py)."""
import os

from .base import *  # noqa: F401,F403

INSTALLED_APPS += ["rest_framework", "rest_framework.authtoken", "drf_spectacular"]  # noqa: F405

# expect: no-rate-limit
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Catalogue API",
    "VERSION": "2.3.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

if os.environ.get("PUBLIC_READ_API") == "1":
    # expect: no-rate-limit
    REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"]}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1"),
    }
}
