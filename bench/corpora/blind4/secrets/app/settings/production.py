"""Django settings for production. Values come from the environment where possible."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"]

# expect: django-secret-key
SECRET_KEY = "w1+==&*23(3(mnc+qyw=2k)u8@(lc#*v_4ht#0itqr2mucgxcm"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "db.prod.internal",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.shop.example.com"
# expect: generic-password
EMAIL_HOST_PASSWORD = "93OCPwCJ4sXKzJP5"
EMAIL_USE_TLS = True

# expect: mailgun-key
MAILGUN_API_KEY = "key-0b5e1076df18bcdf3f4cadd86a58ad1f"

AWS_STORAGE_BUCKET_NAME = "shop-media-prod"
AWS_S3_REGION_NAME = "eu-west-1"
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")

SOCIAL_AUTH_GITHUB_KEY = "Iv1.be23c4b5918b92d3"
# expect: github-oauth-secret
SOCIAL_AUTH_GITHUB_SECRET = "cfc48fe93606d51a43811f27816f64f463f0766c"
SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "647411923687-xbhenx4mesu4gi0keuxz6lbnwjgqeasb.apps.googleusercontent.com"
# expect: google-oauth-secret
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "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"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://cache:6379/1"),
    }
}

# Password reset links expire after one day.
PASSWORD_RESET_TIMEOUT = 86400
# The password for the admin is set through `manage.py changepassword`, never here.
ADMIN_URL = "control-room/"

STATIC_URL = "/static/"
STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
