import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.getenv("PAPERLESS_DATA_DIR", BASE_DIR / "data"))
MEDIA_ROOT = Path(os.getenv("PAPERLESS_MEDIA_ROOT", BASE_DIR / "media"))
ORIGINALS_DIR = MEDIA_ROOT / "documents" / "originals"
CONSUMPTION_DIR = Path(os.getenv("PAPERLESS_CONSUMPTION_DIR", BASE_DIR / "consume"))
SCRATCH_DIR = Path(os.getenv("PAPERLESS_SCRATCH_DIR", "/tmp/paperless"))
HTTP_REMOTE_USER_HEADER_NAME = os.getenv("PAPERLESS_PROXY_AUTH_HEADER", "HTTP_REMOTE_USER")
CONVERT_BINARY = os.getenv("PAPERLESS_CONVERT_BINARY", "convert")
CONVERT_DENSITY = int(os.getenv("PAPERLESS_CONVERT_DENSITY", "300"))
CELERY_BROKER_URL = os.getenv("PAPERLESS_REDIS", "redis://localhost:6379")
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "paperless.auth.HttpRemoteUserMiddleware",
]
