"""Scrobbles to Last.fm on the fixed API host."""
import hashlib

import requests

API_URL = "https://ws.audioscrobbler.com/2.0/"


class LastFm:
    def __init__(self, config, user):
        self.key = config["api_key"]
        self.secret = config["secret"]
        self.user = user

    def scrobble(self, track, ts):
        params = {"method": "track.scrobble", "artist": track.artist.name, "track": track.title,
                  "timestamp": ts, "api_key": self.key, "sk": self.user.lastfm_session}
        sig = "".join(f"{k}{params[k]}" for k in sorted(params)) + self.secret
        params["api_sig"] = hashlib.md5(sig.encode("utf-8")).hexdigest()
        return requests.post(API_URL, data=params, timeout=5)
