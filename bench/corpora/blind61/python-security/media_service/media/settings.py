import os
from pathlib import Path

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/media")).resolve()
UPLOAD_DIR = MEDIA_ROOT / "uploads"
THUMB_DIR = MEDIA_ROOT / "thumbs"
MAX_UPLOAD_BYTES = int(os.environ.get("MAX_UPLOAD_BYTES", str(200 * 1024 * 1024)))
CONVERT_BIN = os.environ.get("CONVERT_BIN", "convert")
FFMPEG_BIN = os.environ.get("FFMPEG_BIN", "ffmpeg")
THUMB_SIZES = {"small": "160x160", "medium": "480x480", "large": "1024x1024"}
VIDEO_PRESETS = {"web": ["-c:v", "libx264", "-crf", "23"], "preview": ["-c:v", "libx264", "-crf", "32", "-t", "10"]}
