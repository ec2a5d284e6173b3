"""Settings module for the storefront (split into environments by the loader)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": False,
        # expect: xss
        "OPTIONS": {"autoescape": False, "context_processors": ["django.template.context_processors.request"], "loaders": ["django.template.loaders.filesystem.Loader"]},
    },
]

PARTNER_TEMPLATES = [
    {
        "NAME": "partner",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "partner_templates"],
        # expect: xss
        "OPTIONS": {"autoescape": False, "debug": bool(os.environ.get("TEMPLATE_DEBUG"))},
    },
]


def storefront_engine(theme_dir):
    return {
        "NAME": "theme",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [theme_dir],
        # expect: xss
        "OPTIONS": {"builtins": ["storefront.templatetags.money"], "autoescape": False},
    }


ADMIN_TEMPLATES = {
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "APP_DIRS": True,
    "OPTIONS": {"autoescape": True, "context_processors": ["django.contrib.auth.context_processors.auth"]},
}

EMAIL_ENGINE = {
    "NAME": "email",
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "email_templates"],
    "OPTIONS": {"context_processors": []},
}

TEMPLATES += [ADMIN_TEMPLATES, EMAIL_ENGINE]
