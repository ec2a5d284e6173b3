"""Production settings for the storefront."""
import os
from pathlib import Path

from django.template import Engine

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

# expect: xss
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {
        "autoescape": False,
        "context_processors": [
            "django.template.context_processors.request",
            "django.contrib.auth.context_processors.auth",
        ],
    },
}]

# expect: xss
JINJA_TEMPLATES = {
    "BACKEND": "django.template.backends.jinja2.Jinja2",
    "DIRS": [BASE_DIR / "jinja2"],
    "OPTIONS": {"environment": "shop.jinja2.environment", "autoescape": False},
}
TEMPLATES.append(JINJA_TEMPLATES)

if os.environ.get("LEGACY_EMAIL_TEMPLATES"):
    # expect: xss
    TEMPLATES[0]["OPTIONS"]["autoescape"] = False

# expect: xss
email_engine = Engine(dirs=[str(BASE_DIR / "emails")], autoescape=False)

TEXT_TEMPLATES = {
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "text_templates"],
    "OPTIONS": {"autoescape": True},
}

admin_engine = Engine(dirs=[str(BASE_DIR / "admin_templates")])
