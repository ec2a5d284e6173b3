from django.core.management.utils import get_random_secret_key

from .settings import *  # noqa

SECRET_KEY = get_random_secret_key()
DEBUG = True
SOCIAL_AUTH_GITHUB_SECRET = "<paste-your-dev-app-secret>"
VAULT_TOKEN = "hvs.xxxxxxxxxxxxxxxxxxxxxxxx"
