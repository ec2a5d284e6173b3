"""Django settings for the bookings project."""
import os
from os import environ
from pathlib import Path

import django
import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: env-config
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# expect: env-config
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
# expect: env-config
ALLOWED_HOSTS = environ["DJANGO_ALLOWED_HOSTS"].split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "bookings",
]

# expect: env-config
DATABASES = {"default": dj_database_url.parse(os.getenv("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "db.sqlite3")))}

STATIC_ROOT = BASE_DIR / "static"
MEDIA_ROOT = os.path.join(BASE_DIR, "media")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
USE_TZ = True
DJANGO_MAJOR = django.VERSION[0]


def _email_settings():
    # expect: env-config
    password = os.environ["EMAIL_HOST_PASSWORD"]
    return {"EMAIL_HOST": "smtp.example.com", "EMAIL_PORT": 587, "EMAIL_HOST_PASSWORD": password}


globals().update(_email_settings())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bookings.settings")
