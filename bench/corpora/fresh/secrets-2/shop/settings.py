import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# expect: secret
SECRET_KEY = 'django-insecure-$e7!6nt#x6z%rtf9y%z!)4pr#5-nqgk*8hyy4(2uv$qkoqwpet'
DEBUG = os.environ.get("DEBUG") == "1"
ALLOWED_HOSTS = ["shop.acme.io"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        # expect: secret
        "PASSWORD": "u3P9l@45b04hFbl2*",
        "HOST": "db.internal",
    }
}
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
# expect: secret
EMAIL_HOST_PASSWORD = "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"
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_RESET_TIMEOUT = 259200
SESSION_COOKIE_NAME = "shop_session"
AWS_STORAGE_BUCKET_NAME = "shop-media"
CSRF_COOKIE_NAME = "csrftoken"
