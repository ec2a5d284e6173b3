"""Django settings for the storefront project (production)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
# expect: django-secret-key
SECRET_KEY = "*%y1omte7b_tikr_d9f1_2g2yuoq(5*@y3#!mdq4itjg_(j4z4"

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

ALLOWED_HOSTS = ["shop.acme.example", "www.shop.acme.example"]

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
        "USER": "storefront",
        # expect: hardcoded-password
        "PASSWORD": "UmtysNftPARf8ngOI7",
        "HOST": "db.internal",
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "storefront",
        "USER": "storefront_ro",
        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"],
        "HOST": "db-replica.internal",
        "PORT": "5432",
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "postmaster@mg.shop.acme.example"
# expect: hardcoded-password
EMAIL_HOST_PASSWORD = "6bhmveNtMGwNNQ4G"

PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
SESSION_COOKIE_AGE = 1209600
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "amqp://guest:guest@localhost:5672//")
