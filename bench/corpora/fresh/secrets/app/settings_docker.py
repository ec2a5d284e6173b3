import os

from .settings import *  # noqa

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "please-set-DJANGO_SECRET_KEY"
# expect: secret
SECRET_KEY_FALLBACKS = ["kea5l*^8^5s-&l%$sjh2^kd(7x2px$$dys-yt9*x-nq*@m35%("]
GITHUB_WEBHOOK_COMMIT = "f3e237b4fef395c6b1eb4c96fb7f9dca2e17d8c1"
VAULT_TOKEN = os.environ.get("VAULT_TOKEN", "")
