"""The controller singleton holding projects and computes."""
from gns3_server.controller.compute import Compute
from gns3_server.controller.import_project import import_project


class Controller:
    _instance = None

    def __init__(self):
        self.computes = {}
        self.projects_dir = "/opt/gns3/projects"

    @classmethod
    def instance(cls):
        if cls._instance is None:
            cls._instance = Controller()
        return cls._instance

    async def add_compute(self, compute_id=None, **kwargs):
        compute = Compute(compute_id, **kwargs)
        self.computes[compute.id] = compute
        await compute.connect()
        return compute

    async def import_project(self, project_id, stream, name=None):
        return await import_project(self, project_id, stream, name=name)
