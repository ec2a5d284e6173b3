import os

from .settings import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]
EMAIL_HOST_PASSWORD = os.getenv("SENDGRID_API_KEY", "")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
