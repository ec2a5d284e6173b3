"""Mounts the SMB shares cameras store their media on."""
import os
import shlex
import subprocess

from motioneye import config

MOUNT_ROOT = "/media/motioneye_smb"


def update_mounts():
    for name in os.listdir(config.CONF_DIR):
        if not name.startswith("camera-"):
            continue
        camera_config = config.get_camera(int(name[7:-5]))
        server = camera_config.get("smb_server", "")
        share = camera_config.get("smb_share", "")
        target = os.path.join(MOUNT_ROOT, "%d" % camera_config["@id"])
        # expect: command-injection
        subprocess.run(f"mount -t cifs //{server}/{share} {target} -o guest", shell=True)


def update_mounts_quoted(camera_config):
    server = shlex.quote(camera_config.get("smb_server", ""))
    share = shlex.quote(camera_config.get("smb_share", ""))
    subprocess.run(f"mount -t cifs //{server}/{share} /media/motioneye_smb/q -o guest", shell=True)
