"""Template settings for the newsletter site (imported by settings/base.py)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        # expect: xss
        "OPTIONS": {"autoescape": False, "context_processors": [
            "django.template.context_processors.request",
            "django.contrib.auth.context_processors.auth",
            "django.contrib.messages.context_processors.messages",
        ]},
    },
]

PREVIEW_ENGINE_OPTIONS = {
    "context_processors": ["django.template.context_processors.request"],
    "debug": DEBUG,
}
if os.environ.get("NEWSLETTER_RAW_PREVIEW"):
    # expect: xss
    PREVIEW_ENGINE_OPTIONS["autoescape"] = False

TEMPLATES.append(
    {
        "NAME": "preview",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "preview_templates"],
        "OPTIONS": PREVIEW_ENGINE_OPTIONS,
    }
)

ADMIN_TEMPLATE_OPTIONS = {
    "autoescape": True,
    "context_processors": ["django.template.context_processors.request"],
}

# expect: xss
WIDGET_ENGINE = {"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True, "OPTIONS": {"autoescape": False}}
TEMPLATES.append(dict(WIDGET_ENGINE, NAME="widgets"))
