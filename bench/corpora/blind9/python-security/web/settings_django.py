# library: Django (settings module)
"""Production settings for the storefront."""
import os

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: hardcoded-secret
SECRET_KEY = "django-insecure-8$w!k2l@q9v#x3m&p7z^r1t(y6u)e4i0o5a"

# expect: debug-enabled
DEBUG = True

ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "shop.example.com").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "storefront",
        "USER": os.environ.get("DB_USER", "storefront"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

SESSION_COOKIE_SECURE = True
# expect: insecure-cookie
CSRF_COOKIE_SECURE = False
# expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = False
SECURE_HSTS_SECONDS = 31536000
SECURE_SSL_REDIRECT = True

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
