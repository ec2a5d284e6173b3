"""Settings for the test run only (pytest --ds=config.settings_test)."""
from .settings_base import *  # noqa

SECRET_KEY = "tests-only"
DEBUG = True
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SESSION_COOKIE_SECURE = False
