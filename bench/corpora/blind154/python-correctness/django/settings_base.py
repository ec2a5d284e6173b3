"""Base settings for the storefront project."""
import os
from pathlib import Path

import django
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: django-environ
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "storefront.catalogue",
    "storefront.orders",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "storefront"),
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PORT": os.environ.get("DB_PORT", "5432"),
    }
}

# expect: django-environ
DB_USER = os.environ["DB_USER"]
# expect: django-environ
DB_PASSWORD = os.environ["DB_PASSWORD"]
DATABASES["default"]["USER"] = DB_USER
DATABASES["default"]["PASSWORD"] = DB_PASSWORD

LANGUAGE_CODE = "en-us"
LANGUAGES = [("en", _("English")), ("de", _("German"))]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DJANGO_VERSION = django.get_version()
