"""Settings module that reads everything from the environment (django-environ)."""
from pathlib import Path

import environ

env = environ.Env(DEBUG=(bool, False))
BASE_DIR = Path(__file__).resolve().parent.parent
environ.Env.read_env(BASE_DIR / ".env")

# safe: debug from the environment, default off
DEBUG = env("DEBUG")

SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])

DATABASES = {"default": env.db()}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # safe: template debug follows DEBUG
            "debug": DEBUG,
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
        },
    }
]


class Staging:
    # expect: debug-enabled
    DEBUG = True
    ALLOWED_HOSTS = ["staging.shop.example.com"]


if env.bool("FORCE_DEBUG_TOOLBAR", default=False):
    INSTALLED_APPS = ["debug_toolbar"]
