"""Compute manager (RPC stand-in) holding the container driver."""
from zun.container.docker import driver


class Manager(object):

    def __init__(self):
        self.driver = driver.DockerDriver()

    def container_create(self, context, container, image, run):
        self.driver.pull_image(context, image)
        if run:
            self.driver.start(context, container)

    def container_get_archive(self, context, container, path):
        return self.driver.get_archive(context, container, path)

    def container_logs(self, context, container, lines):
        return self.driver.logs(context, container, lines)
