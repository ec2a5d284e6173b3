import subprocess

import requests

ALLOWED_EXIF_TAGS = {"Rating", "Description", "Title"}


class NextcloudClient:
    def __init__(self, user):
        self.base = user.nextcloud_server_address.rstrip("/")
        self.username = user.nextcloud_username

    def list_dir(self, path):
        url = "%s/remote.php/dav/files/%s/%s" % (self.base, self.username, path.lstrip("/"))
        # expect: ssrf
        return requests.request("PROPFIND", url, timeout=20).text


def write_exif(path, tag, value):
    # expect: command-injection
    subprocess.run(f"exiftool -overwrite_original -{tag}='{value}' '{path}'", shell=True, check=True)


def write_exif_argv(path, tag, value):
    if tag not in ALLOWED_EXIF_TAGS:
        raise ValueError(tag)
    subprocess.run(["exiftool", "-overwrite_original", f"-{tag}={value}", "--", path], check=True)
