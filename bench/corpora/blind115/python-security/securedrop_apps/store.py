import os
import re
import subprocess

VALIDATE_FILENAME = re.compile(r"^(?P<index>\d+)\-[a-z0-9-_]*(?P<file_type>msg|doc\.(gz|zip)|reply)\.gpg$").match


class PathException(Exception):
    pass


class Storage:
    def __init__(self, storage_path, temp_dir):
        self.storage_path = os.path.abspath(storage_path)
        self.temp_dir = temp_dir

    def verify(self, p):
        if not os.path.isabs(self.storage_path):
            raise PathException("storage_path is not absolute")
        real = os.path.realpath(p)
        if real != self.storage_path and not real.startswith(self.storage_path + os.sep):
            raise PathException("Invalid directory %s" % p)
        if os.path.isfile(p) and not VALIDATE_FILENAME(os.path.basename(p)):
            raise PathException("Invalid file %s" % p)
        return real

    def path(self, filesystem_id, filename=""):
        joined = os.path.join(self.storage_path, filesystem_id, filename)
        return self.verify(joined)

    def path_without_filesystem_id(self, filename):
        return os.path.join(self.storage_path, filename)

    def secure_delete(self, path):
        # expect: command-injection
        subprocess.check_call("shred -z -n 3 --remove %s" % path, shell=True)

    def secure_delete_checked(self, filesystem_id, filename):
        subprocess.check_call(["shred", "-z", "-n", "3", "--remove", self.path(filesystem_id, filename)])
