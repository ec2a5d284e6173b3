import os

import yaml


class Manager:
    config_path = os.path.expanduser("~/.flexget/config.yml")
    log_dir = os.path.expanduser("~/.flexget/logs")

    def __init__(self):
        self.config = {}
        self.pending = []

    def update_config_raw(self, raw):
        # expect: deserialization
        self.config = yaml.load(raw, Loader=yaml.Loader)
        return self.config

    def validate_config_raw(self, raw):
        return yaml.safe_load(raw)

    def execute(self, options):
        self.pending.append(options)
        return len(self.pending)


manager = Manager()
