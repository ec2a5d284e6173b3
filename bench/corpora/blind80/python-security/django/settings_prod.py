"""Production settings for the newsletter service."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "newsletter",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
            # expect: xss
            "autoescape": False,
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "NAME": "plaintext",
        "DIRS": [BASE_DIR / "templates" / "text"],
        "OPTIONS": {"autoescape": False},
    },
]

WIDGET_TEMPLATES = {
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "widgets"],
    # expect: xss
    "OPTIONS": {"autoescape": False, "builtins": ["newsletter.templatetags.widgets"]},
}
TEMPLATES.append(WIDGET_TEMPLATES)

EMBED_ENGINE = dict(
    BACKEND="django.template.backends.django.DjangoTemplates",
    DIRS=[BASE_DIR / "embeds"],
    # expect: xss
    OPTIONS=dict(autoescape=False),
)
TEMPLATES.append(EMBED_ENGINE)

JINJA_ENGINE = {
    "BACKEND": "django.template.backends.jinja2.Jinja2",
    "DIRS": [BASE_DIR / "jinja"],
    "OPTIONS": {"autoescape": True},
}
TEMPLATES.append(JINJA_ENGINE)

DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ.get("DB_NAME", "news")}}
STATIC_ROOT = BASE_DIR / "static"
