"""Django settings for the shop project (production)."""
import os
from pathlib import Path

import django

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: use-django-environ
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
# expect: use-django-environ
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "HOST": "db",
    }
}

# expect: use-django-environ
EMAIL_HOST_PASSWORD = os.environ["SMTP_PASSWORD"]

STATIC_ROOT = BASE_DIR / "static"
MEDIA_ROOT = os.path.join(BASE_DIR, "media")
USE_TZ = True
DJANGO_MAJOR = django.VERSION[0]
