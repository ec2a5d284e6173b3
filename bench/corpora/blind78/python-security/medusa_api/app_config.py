"""Runtime settings for the media manager (loaded from config.ini at start-up)."""
import os

DATA_DIR = os.environ.get("MEDUSA_DATA_DIR", "/var/lib/medusa")
LOG_DIR = os.path.join(DATA_DIR, "Logs")
TV_DOWNLOAD_DIR = os.environ.get("MEDUSA_TV_DOWNLOAD_DIR", "/downloads/tv")
API_KEY = os.environ.get("MEDUSA_API_KEY", "")
UNRAR_TOOL = "/usr/bin/unrar"
WEB_ROOT = ""
