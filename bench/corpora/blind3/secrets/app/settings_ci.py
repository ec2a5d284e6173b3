"""Settings used by the CI test run only."""

import os

from .settings import *  # noqa: F401,F403

SECRET_KEY = "ci-only-not-secret"
DEBUG = False
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": ":memory:",
    }
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_HOST_PASSWORD = ""
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TASK_ALWAYS_EAGER = True
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
MEDIA_ROOT = "/srv/ci-media"
TEST_RUNNER = "django.test.runner.DiscoverRunner"
# The fixtures load users whose password is the literal below, hashed at load time.
FIXTURE_USER_PASSWORD_HINT = "see tests/README for how fixtures are created"
