import os
import subprocess

MOUNT_ROOT = "/mnt/sahara-shares"


def mount_share(cluster, share):
    path = share.get("path", "")
    mount_point = share.get("mount_point") or os.path.join(MOUNT_ROOT, str(share.get("id", "default")))
    access = "ro" if share.get("access_level") == "ro" else "rw"
    # expect: command-injection
    subprocess.check_output(f"sudo mount -t nfs -o {access} {path} {mount_point}", shell=True)
    subprocess.check_output(["sudo", "chmod", "755", os.path.join(MOUNT_ROOT, str(cluster["id"]))])
