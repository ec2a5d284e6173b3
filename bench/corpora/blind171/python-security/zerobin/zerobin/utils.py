# coding: utf-8
"""Settings loading and small helpers."""

import hmac
import importlib.util
import os

from zerobin import default_settings


class SettingsContainer:

    def __init__(self):
        self.update_with_module(default_settings)

    def update_with_module(self, module):
        for name in dir(module):
            if name.isupper():
                setattr(self, name, getattr(module, name))

    def update_with_file(self, filepath):
        """The settings file path comes from the command line of the admin."""
        spec = importlib.util.spec_from_file_location("custom_settings", filepath)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        self.update_with_module(module)


settings = SettingsContainer()


def check_password(given, expected):
    return hmac.compare_digest(given.encode(), expected.encode())


def ensure_var_dir(root):
    os.makedirs(os.path.join(root, "pastes"), mode=0o700, exist_ok=True)
