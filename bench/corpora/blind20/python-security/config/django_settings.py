"""Django settings for the bookings project."""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

# expect: hardcoded-secret
SECRET_KEY = "django-insecure-3k#p9v@w!x2r7e$m1q&z8u4t0y6i5o^a*s(d)f_g+h=j"

DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["bookings.example.com"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "bookings",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "bookings",
        "USER": "bookings",
        # expect: hardcoded-secret
        "PASSWORD": "Bk9!vQ2#xR7mP4tz",
        "HOST": os.environ.get("DB_HOST", "localhost"),
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": env("ANALYTICS_DB_USER"),
        "PASSWORD": env("ANALYTICS_DB_PASSWORD"),
    },
}

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_RESET_TIMEOUT = 3600

# expect: hardcoded-secret
STRIPE_SECRET_KEY = "sk_live_51HxQ2eKZ8vT3mW9pL4rN7yB0cD6fG1hJ2kA5sE8uI3oP"
STRIPE_PUBLISHABLE_KEY = "pk_live_51HxQ2eKZ8vT3mW9pL4rN7yB0cD6fG1hJ2kA5sE8uI3oQ"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
