import os

from .settings_base import *  # noqa: F401,F403

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# TODO: turn off once the 500s on checkout are understood
# expect: debug-enabled
DEBUG = True

# expect: insecure-setting
ALLOWED_HOSTS = ["*"]

CSRF_TRUSTED_ORIGINS = ["https://shop.example.com"]

# expect: insecure-setting
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# expect: insecure-setting
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000

PASSWORD_HASHERS = [
    # expect: weak-hash
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

SESSION_EXPIRE_AT_BROWSER_CLOSE = False
SESSION_COOKIE_AGE = 60 * 60 * 24 * 365 * 5

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "shop"),
        "USER": os.environ.get("DB_USER", "shop"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "db"),
    }
}
