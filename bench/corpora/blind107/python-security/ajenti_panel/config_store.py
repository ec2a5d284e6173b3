"""The panel's YAML config store: restore from an uploaded backup."""
import yaml

CONFIG_PATH = "/etc/panel/config.yml"


def _write(data):
    with open(CONFIG_PATH, "w") as fh:
        yaml.safe_dump(data, fh)
    return {"keys": sorted(data)}


def restore_config(backup_text):
    # expect: deserialization
    data = yaml.load(backup_text, Loader=yaml.Loader)
    return _write(data)


def restore_config_safe(backup_text):
    data = yaml.safe_load(backup_text) or {}
    if not isinstance(data, dict):
        raise ValueError("config must be a mapping")
    return _write(data)
