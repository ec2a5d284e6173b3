"""Staging settings."""

import os

BASE_URL = "https://staging.example.com"
# expect: debug-enabled
DEBUG = True
ALLOWED_HOSTS = ["staging.example.com"]
# expect: insecure-session
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = True
# expect: weak-hash
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
