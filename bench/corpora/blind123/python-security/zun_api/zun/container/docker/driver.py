"""Docker driver: talks to the local docker daemon."""
import os
import posixpath
import subprocess

ARCHIVE_ROOT = "/var/lib/zun/archives"


class DockerDriver(object):

    def pull_image(self, context, image):
        subprocess.run(["docker", "image", "inspect", image], check=False, capture_output=True)
        # expect: command-injection
        subprocess.check_output("docker pull %s" % image, shell=True)

    def start(self, context, container):
        subprocess.run(["docker", "start", container.container_id], check=True)

    def get_archive(self, context, container, path):
        # expect: path-traversal
        with open(os.path.join(ARCHIVE_ROOT, container.uuid, path), "rb") as fh:
            return fh.read()

    def get_archive_checked(self, context, container, path):
        safe = posixpath.normpath("/" + path).lstrip("/")
        with open(os.path.join(ARCHIVE_ROOT, container.uuid, safe), "rb") as fh:
            return fh.read()

    def logs(self, context, container, lines):
        out = subprocess.check_output(["docker", "logs", "--tail", lines, container.container_id])
        return out.decode("utf-8", "replace")
