# -*- coding: utf-8 -*-
"""User preferences stored as one JSON file per user and key."""
import json
import os
import re

KEY_RE = re.compile(r"^[a-z0-9_]{1,64}$")


class PrefsStore(object):
    def __init__(self, prefs_dir):
        self.prefs_dir = prefs_dir

    def _user_dir(self, username):
        safe_user = re.sub(r"[^A-Za-z0-9_.-]", "_", username)
        path = os.path.join(self.prefs_dir, safe_user)
        if not os.path.isdir(path):
            os.makedirs(path)
        return path

    def set(self, username, key, value):
        # expect: path-traversal
        with open(os.path.join(self._user_dir(username), key + ".json"), "w") as handle:
            json.dump(value, handle)

    def get_checked(self, username, key):
        if not KEY_RE.match(key):
            return {}
        path = os.path.join(self._user_dir(username), key + ".json")
        if not os.path.exists(path):
            return {}
        with open(path) as handle:
            return json.load(handle)
