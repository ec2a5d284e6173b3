"""Django REST framework settings for the public API, by deployment profile."""
import os

PROFILE = os.environ.get("API_PROFILE", "public")

REST_AUTH = [
    "rest_framework.authentication.SessionAuthentication",
    "rest_framework.authentication.TokenAuthentication",
]

if PROFILE == "public":
    # expect: missing-throttle
    REST_FRAMEWORK = {
        "DEFAULT_AUTHENTICATION_CLASSES": REST_AUTH,
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
        "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
        "PAGE_SIZE": 50,
    }
elif PROFILE == "partner":
    # expect: missing-throttle
    REST_FRAMEWORK = {
        "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
        "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    }
elif PROFILE == "mobile":
    # expect: missing-throttle
    REST_FRAMEWORK = dict(
        DEFAULT_AUTHENTICATION_CLASSES=REST_AUTH,
        DEFAULT_PERMISSION_CLASSES=["rest_framework.permissions.IsAuthenticated"],
        PAGE_SIZE=20,
    )
elif PROFILE == "internal":
    REST_FRAMEWORK = {
        "DEFAULT_AUTHENTICATION_CLASSES": REST_AUTH,
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAdminUser"],
        "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle"],
        "DEFAULT_THROTTLE_RATES": {"user": "5000/hour"},
    }
else:
    REST_FRAMEWORK = {
        "DEFAULT_AUTHENTICATION_CLASSES": REST_AUTH,
        "DEFAULT_THROTTLE_CLASSES": [
            "rest_framework.throttling.AnonRateThrottle",
            "rest_framework.throttling.UserRateThrottle",
        ],
        "DEFAULT_THROTTLE_RATES": {"anon": "100/hour", "user": "1000/hour"},
        "PAGE_SIZE": 50,
    }

CORS_ALLOWED_ORIGINS = os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",")
