"""Local overrides imported at the end of settings.py on the staging hosts."""
import os
from pathlib import Path

from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: secret
SECRET_KEY = "go1=5fq9=_768eo3x(fr3h2-0*qt4=)dyqn5%-@r-ylpwaym08"
CSRF_TRUSTED_ORIGINS = ["https://staging.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "storefront",
        "USER": "storefront",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    },
    "legacy": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "shop",
        "USER": "reporting",
        # expect: secret
        "PASSWORD": "77GJJtLb^a#PTqf9",
        "HOST": "legacy-db.staging.internal",
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    # expect: secret
    "MAILGUN_API_KEY": "key-c73e8de8be0993ebba452e102d2225fc",
    "MAILGUN_SENDER_DOMAIN": "mg.example.com",
    "WEBHOOK_SECRET": os.environ.get("ANYMAIL_WEBHOOK_SECRET", ""),
}

# expect: secret
FIELD_ENCRYPTION_KEY = "fpuTiwon7aQQek7MDxc9f-sMK3vLDFH6N7BBQbb1Pf0="
TEST_RUNNER_SECRET_KEY = get_random_secret_key()

TWILIO_ACCOUNT_SID = "ACe1717470cc808b7dcd3ad4b406dadb1b"
# expect: secret
TWILIO_AUTH_TOKEN = "209b779ca5c6286ecd8b9087b6ec2294"

AWS_STORAGE_BUCKET_NAME = "storefront-staging-media"
AWS_S3_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_S3_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "284019283746-8d7f6g5h4j3k2l1qwertyzxcvbnm0987.apps.googleusercontent.com"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = os.environ.get("GOOGLE_OAUTH_SECRET")

PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
