"""Django settings for the intranet project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: hardcoded-secret
SECRET_KEY = "django-insecure-7h#2q!x9w@k1v$e8r^t0p&z4m*n6b_c3"

# expect: debug-enabled
DEBUG = True

ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "intranet"),
        "USER": os.environ.get("DB_USER", "intranet"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "127.0.0.1"),
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
