"""Django settings for the shop project."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: hardcoded-secret
SECRET_KEY = "django-insecure-8v#q1k!z0r@m2w$e3x^c4t&y5u*i6o(p7a)s8d_f9g+h0j"

# expect: debug-enabled
DEBUG = True

ALLOWED_HOSTS = ["shop.example.com", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "shop",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        # expect: hardcoded-password
        "PASSWORD": "Sh0pDbPassw0rd!",
        "HOST": "db",
        "PORT": "5432",
    }
}

PASSWORD_HASHERS = [
    # expect: weak-hash
    "django.contrib.auth.hashers.MD5PasswordHasher",
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# expect: insecure-cookie
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
