import os
import subprocess

from cobbler_remote.utils import is_valid_name

MIRROR_ROOT = "/var/www/cobbler/distro_mirror"


class Importer:
    def __init__(self, api):
        self.api = api

    def run(self, path, name, arch):
        dest = os.path.join(MIRROR_ROOT, "%s-%s" % (name, arch))
        # expect: command-injection
        subprocess.call("rsync -a --progress %s/ %s/" % (path, dest), shell=True)
        return dest

    def run_checked(self, path, name):
        if not is_valid_name(name):
            raise ValueError("bad name")
        dest = os.path.join(MIRROR_ROOT, name)
        subprocess.call(["rsync", "-a", "--progress", "--", path + "/", dest + "/"])
        return dest
