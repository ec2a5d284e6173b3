"""Base controller: holds the provider handler (the controller worker)."""
from pecan import rest

from octavia_api.controller.worker import ControllerWorker


class BaseController(rest.RestController):
    def __init__(self):
        super().__init__()
        self.handler = ControllerWorker()
