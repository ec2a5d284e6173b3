"""Production settings for the storefront."""
import os
from pathlib import Path

from .base import *  # noqa: F401,F403

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "shop.example.com").split(",")

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # expect: xss
            "autoescape": False,
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "emails"],
        "NAME": "emails",
        "OPTIONS": {"autoescape": True},
    },
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "jinja2"],
        "OPTIONS": {"environment": "storefront.jinja.environment"},
    },
]

if os.environ.get("LEGACY_WIDGETS") == "1":
    TEMPLATES.append(
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [BASE_DIR / "legacy_widgets"],
            "NAME": "legacy",
            # expect: xss
            "OPTIONS": {"autoescape": False},
        }
    )

PLAIN_TEXT_TEMPLATES = {
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "sms"],
    "NAME": "sms",
    # expect: xss
    "OPTIONS": dict(autoescape=False, debug=False),
}
TEMPLATES.append(PLAIN_TEXT_TEMPLATES)

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
