import fnmatch

import yaml

from .pushkins import ApnsPushkin, GotifyPushkin, WebhookPushkin

KINDS = {"webhook": WebhookPushkin, "gotify": GotifyPushkin, "apns": ApnsPushkin}


class Sygnal:
    def __init__(self, config_path):
        with open(config_path) as fp:
            self.config = yaml.safe_load(fp)
        self.pushkins = {}
        for app_id, app_cfg in self.config.get("apps", {}).items():
            self.pushkins[app_id] = KINDS[app_cfg["type"]](app_id, app_cfg)

    def pushkin_for(self, app_id):
        for pattern, pushkin in self.pushkins.items():
            if fnmatch.fnmatch(app_id, pattern):
                return pushkin
        return None
