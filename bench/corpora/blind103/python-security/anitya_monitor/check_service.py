from queue import Queue
from threading import Thread

from .backends import BACKENDS
from .models import Project


class Checker:
    def __init__(self, session_factory):
        self.session_factory = session_factory
        self.queue = Queue()
        self.worker = Thread(target=self.run, daemon=True)

    def enqueue(self, project_id):
        self.queue.put(project_id)

    def run(self):
        while True:
            project_id = self.queue.get()
            session = self.session_factory()
            project = session.get(Project, project_id)
            backend = BACKENDS.get(project.backend, BACKENDS["custom"])
            backend.get_versions(project)
