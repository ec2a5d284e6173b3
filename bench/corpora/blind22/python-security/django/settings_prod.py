"""Production settings for the shop project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: hardcoded-secret
SECRET_KEY = "django-insecure-7c#x!v2m0q9$z@k1p4r8w6e3t5y7u9i0o2a4s6d8f"
SIGNING_BACKUP = os.environ.get("DJANGO_SECRET_FALLBACK", "")

# expect: debug-enabled
DEBUG = True
TEMPLATE_DEBUG = os.environ.get("TEMPLATE_DEBUG") == "1"

ALLOWED_HOSTS = ["shop.example.com"]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

# expect: cookie-flags
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # expect: xss
            "autoescape": False,
            "context_processors": ["django.template.context_processors.request"],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reporting",
        "USER": "report_ro",
        # expect: hardcoded-secret
        "PASSWORD": "R3port!ng-2024-ro",
        "HOST": "reporting.internal",
    },
}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
