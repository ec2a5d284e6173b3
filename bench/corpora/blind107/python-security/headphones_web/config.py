import json

CONFIG_FILE = "/var/lib/headphones/config.json"
CONFIG = {"encoder_path": "/usr/bin/ffmpeg", "encoderoutputformat": "mp3",
          "music_dir": "/music", "destination_dir": "/music/library",
          "notify_template": "Snatched ${album} by ${artist}"}


def save():
    with open(CONFIG_FILE, "w") as fh:
        json.dump(CONFIG, fh)
