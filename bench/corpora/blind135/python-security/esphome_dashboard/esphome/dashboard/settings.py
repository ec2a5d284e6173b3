"""Dashboard settings: where configurations live."""
import os
from pathlib import Path


class DashboardSettings(object):

    def __init__(self, config_dir):
        self.config_dir = config_dir

    def rel_path(self, *args):
        return os.path.join(self.config_dir, *args)

    def safe_rel_path(self, *args):
        root = Path(self.config_dir).resolve()
        target = root.joinpath(*args).resolve()
        if not target.is_relative_to(root):
            raise ValueError("outside the configuration directory")
        return str(target)


settings = DashboardSettings("/config")
