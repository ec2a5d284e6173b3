# library: Django settings
"""Settings for the staging deployment of the booking site."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: hardcoded-secret
SECRET_KEY = "django-insecure-7h#k2m!x9q@w4z&v1r^b8n0p$e6t3y5u"

# expect: debug-enabled
DEBUG = True

ALLOWED_HOSTS = ["staging.booking.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "booking",
        "USER": "booking",
        # expect: hardcoded-secret
        "PASSWORD": "Booking-Stg-2024!",
        "HOST": "db.staging.internal",
        "PORT": "5432",
    }
}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    # expect: weak-hash
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]

SESSION_COOKIE_HTTPONLY = True
# expect: insecure-cookie
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 3600

EMAIL_HOST_PASSWORD_FILE = "/run/secrets/smtp_password"
STATIC_ROOT = BASE_DIR / "static"
