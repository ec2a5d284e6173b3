"""Camera configuration kept as JSON files under the config dir."""
import json
import os

CONF_DIR = "/etc/motioneye"


def _path(camera_id):
    return os.path.join(CONF_DIR, "camera-%d.json" % int(camera_id))


def get_camera(camera_id):
    with open(_path(camera_id)) as fh:
        return json.load(fh)


def set_camera(camera_id, ui_config):
    current = get_camera(camera_id)
    current.update(ui_config)
    with open(_path(camera_id), "w") as fh:
        json.dump(current, fh)


def add_camera(device_details):
    camera_id = len(os.listdir(CONF_DIR)) + 1
    camera_config = {"@id": camera_id, "@proto": device_details.get("proto", "v4l2")}
    if camera_config["@proto"] == "motioneye":
        camera_config["@url"] = device_details.get("url")
    with open(_path(camera_id), "w") as fh:
        json.dump(camera_config, fh)
    return camera_config


def get_main():
    with open(os.path.join(CONF_DIR, "main.json")) as fh:
        return json.load(fh)
