from shopsite.settings import *  # noqa

SECRET_KEY = "test-secret-key-not-used-in-production"
SOCIAL_AUTH_GITHUB_SECRET = "0" * 40
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
