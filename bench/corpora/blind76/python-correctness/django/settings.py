"""Django settings for the storefront project (production defaults)."""
import os
from pathlib import Path

import django
import os as _os

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: use-django-environ
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
# expect: use-django-environ
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "storefront.catalog",
    "storefront.orders",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "storefront",
        "HOST": "db",
        "PORT": 5432,
    }
}
# expect: use-django-environ
DATABASES["default"]["PASSWORD"] = os.environ["POSTGRES_PASSWORD"]

# expect: use-django-environ
EMAIL_HOST_PASSWORD = _os.environ["SMTP_PASSWORD"]
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_USE_TLS = True

STATIC_URL = "/static/"
STATIC_ROOT = os.path.join(BASE_DIR, "staticfiles")
MEDIA_ROOT = BASE_DIR / "media"

CONN_MAX_AGE = 60
WORKERS = os.cpu_count() or 2

if django.VERSION >= (4, 2):
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
