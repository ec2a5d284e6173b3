# library: Django settings (TEMPLATES backend options)
"""Settings for the marketing site."""
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [os.path.join(BASE_DIR, "templates")],
        "APP_DIRS": True,
        "OPTIONS": {
            # expect: xss
            "autoescape": False,
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "NAME": "plaintext",
        "DIRS": [os.path.join(BASE_DIR, "templates_txt")],
        "OPTIONS": {"autoescape": True},
    },
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [os.path.join(BASE_DIR, "jinja2")],
        # expect: xss
        "OPTIONS": {"autoescape": False, "environment": "site.jinja2.environment"},
    },
]
