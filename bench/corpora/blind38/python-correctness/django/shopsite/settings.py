"""Django settings for shopsite."""
import os
from pathlib import Path

import django

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: use-django-environ
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# expect: use-django-environ
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

# expect: use-django-environ
ALLOWED_HOSTS = os.getenv("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        # expect: use-django-environ
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "db",
    }
}

# expect: use-django-environ
EMAIL_PORT = int(os.environ["EMAIL_PORT"])

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings")

STATIC_ROOT = os.path.join(BASE_DIR, "staticfiles")

USE_TZ = django.VERSION >= (4, 0)
