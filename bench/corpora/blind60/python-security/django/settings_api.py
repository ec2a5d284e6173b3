"""API settings (imported by settings/__init__.py after the base settings)."""
import os

DEPLOYMENT = os.environ.get("DEPLOYMENT", "internal")

# expect: missing-rate-limit
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}

if DEPLOYMENT == "public":
    REST_FRAMEWORK = {
        **REST_FRAMEWORK,
        "DEFAULT_THROTTLE_CLASSES": [
            "rest_framework.throttling.AnonRateThrottle",
            "rest_framework.throttling.UserRateThrottle",
        ],
        "DEFAULT_THROTTLE_RATES": {"anon": "60/min", "user": "1000/hour"},
    }
elif DEPLOYMENT == "partner":
    # expect: missing-rate-limit
    REST_FRAMEWORK = dict(
        REST_FRAMEWORK,
        DEFAULT_VERSIONING_CLASS="rest_framework.versioning.AcceptHeaderVersioning",
    )
else:
    # expect: missing-rate-limit
    REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

SPECTACULAR_SETTINGS = {
    "TITLE": "Orders API",
    "VERSION": "2.3.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

CORS_ALLOWED_ORIGINS = [
    "https://app.example.com",
    "https://partners.example.com",
]
