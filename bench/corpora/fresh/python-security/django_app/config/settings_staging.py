import os

from .settings_base import *  # noqa

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "staging.shop.example.com").split(",")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# expect: insecure-setting
SESSION_COOKIE_HTTPONLY = False
# expect: weak-hash
PASSWORD_HASHERS = ["django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher"]
