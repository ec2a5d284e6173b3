"""Production settings for the billing portal."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
# expect: django-secret-key
SECRET_KEY = "(i2qz_1=&5*vz*-=v#&69=f4zx&olsuyk43ly17#&(hk696q*t"
ALLOWED_HOSTS = ["billing.example.com"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
# expect: sendgrid-key
EMAIL_HOST_PASSWORD = "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"
EMAIL_PORT = 587
EMAIL_USE_TLS = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "billing",
        "USER": "billing",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "db.internal",
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # expect: database-url-password
        "LOCATION": "redis://:Cb7TfmETZA2AXFShiAxsxYD08dFIykWu@cache.internal:6379/1",
    }
}

ANYMAIL = {
    # expect: mailgun-key
    "MAILGUN_API_KEY": "key-fe283a816d5ba6d79af5a58bbf48eeca",
    "MAILGUN_SENDER_DOMAIN": "mg.example.com",
}

STATIC_VERSION = "68302acbeae804d8a4fd907fbef15238cf3109c3"
SESSION_COOKIE_NAME = "billing_session"
PASSWORD_RESET_TIMEOUT = 3600
