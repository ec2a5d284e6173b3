"""Settings fragment for the public API deployments (picked by DEPLOY_TARGET)."""
import os

DEPLOY_TARGET = os.environ.get("DEPLOY_TARGET", "public-api")

BASE_AUTH = [
    "rest_framework.authentication.SessionAuthentication",
    "rest_framework.authentication.TokenAuthentication",
]

if DEPLOY_TARGET == "public-api":
    # expect: missing-rate-limit
    REST_FRAMEWORK = {
        "DEFAULT_AUTHENTICATION_CLASSES": BASE_AUTH,
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
        "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
        "PAGE_SIZE": 50,
    }
elif DEPLOY_TARGET == "partner-api":
    # expect: missing-rate-limit
    REST_FRAMEWORK = dict(
        DEFAULT_AUTHENTICATION_CLASSES=BASE_AUTH,
        DEFAULT_RENDERER_CLASSES=["rest_framework.renderers.JSONRenderer"],
    )
elif DEPLOY_TARGET == "mobile-api":
    # expect: missing-rate-limit
    REST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": BASE_AUTH, "DEFAULT_THROTTLE_CLASSES": []}
else:
    REST_FRAMEWORK = {
        "DEFAULT_AUTHENTICATION_CLASSES": BASE_AUTH,
        "DEFAULT_THROTTLE_CLASSES": [
            "rest_framework.throttling.AnonRateThrottle",
            "rest_framework.throttling.UserRateThrottle",
        ],
        "DEFAULT_THROTTLE_RATES": {"anon": "60/minute", "user": "1000/hour"},
    }

CORS_ALLOWED_ORIGINS = [o for o in os.environ.get("CORS_ORIGINS", "").split(",") if o]
SPECTACULAR_SETTINGS = {"TITLE": "Acme API", "VERSION": "2.3.0"}
