"""Settings for the local docker-compose stack (never deployed)."""
from .settings import *  # noqa: F401,F403

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
