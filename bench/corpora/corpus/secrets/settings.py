"""Django settings for the support portal."""
import os
from pathlib import Path
from typing import Optional

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: secret
SECRET_KEY = "zf+nsm!*ix@zoxr_(z+s@9cvvb791wv*h@t(u%jp24-mg4p%7%"

DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["support.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "support",
        "USER": "support",
        # expect: secret
        "PASSWORD": "gQ8%nR2^vT5wY1",
        "HOST": os.environ.get("DB_HOST", "localhost"),
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": os.environ.get("ANALYTICS_DB_USER", "analytics"),
        "PASSWORD": os.environ["ANALYTICS_DB_PASSWORD"],
        "HOST": "analytics.internal",
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]
PASSWORD_RESET_TIMEOUT = 3600

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
# expect: secret
EMAIL_HOST_PASSWORD = "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"

# expect: secret
ANTHROPIC_API_KEY = "sk-ant-api03-D-BnHnUuFKQvzpojzwFoxpCYO4L4S9iK3eVL4hsjH2oOoFw3zw6EPpiS23-5y4rIZ84ekIT_Em1YGQU3e7jCqAHv5SzkmAA"
OPENAI_API_KEY: Optional[str] = os.getenv("OPENAI_API_KEY")
HF_TOKEN = os.environ.get("HF_TOKEN", "")

# expect: secret
GOOGLE_MAPS_API_KEY = "AIzaBC5Gco7fcopoFShyAO9H5sLwzcZjS6dDb1q"
GOOGLE_OAUTH_CLIENT_ID = "216477863644-f7uumrx47z68zqy9tfrgjixdn9d7bhir.apps.googleusercontent.com"
# expect: secret
GOOGLE_OAUTH_CLIENT_SECRET = "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"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # expect: secret
        "LOCATION": "redis://default:Zr4$Ptq9Lk2x@cache.internal:6379/1",
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/2")
SENTRY_RELEASE = "edb4941ef74ee998c4ce9ece840d4795ecc09025"
STATIC_ROOT = BASE_DIR / "static"
TOKEN_HEADER = "X-Api-Token"
API_KEY_LENGTH = 40
SESSION_COOKIE_AGE = 60 * 60 * 8


def get_secret(name: str, default: Optional[str] = None) -> Optional[str]:
    path = Path("/run/secrets") / name
    return path.read_text().strip() if path.exists() else os.environ.get(name, default)


STRIPE_API_KEY = get_secret("STRIPE_API_KEY")
LDAP_BIND_PASSWORD = get_secret("LDAP_BIND_PASSWORD", default="")
