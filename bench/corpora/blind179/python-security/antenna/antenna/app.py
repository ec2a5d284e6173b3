"""Antenna: the breakpad crash report collector (Falcon app)."""
import logging
import os

import falcon

from antenna.breakpad_resource import BreakpadSubmitterResource
from antenna.debug_resource import CrashMover, DebugCrashResource
from antenna.ext.forwarder import CrashForwarder
from antenna.ext.fs_crashstorage import FSCrashStorage
from antenna.health_resource import BrokenResource, HeartbeatResource, VersionResource

logger = logging.getLogger(__name__)


class AntennaApp(falcon.App):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.crashstorage = FSCrashStorage(root=config["CRASHSTORAGE_FS_ROOT"])
        self.forwarder = CrashForwarder(default_url=config.get("FORWARD_URL"))
        self.crashmover = CrashMover(self.crashstorage, self.forwarder)
        self.breakpad = BreakpadSubmitterResource(config, self.crashmover)

    def setup(self):
        self.add_route("breakpad", "/submit", self.breakpad)
        self.add_route("heartbeat", "/__heartbeat__", HeartbeatResource(self))
        self.add_route("version", "/__version__", VersionResource(self.config["BASEDIR"]))
        self.add_route("broken", "/__broken__", BrokenResource())
        if self.config.get("LOCAL_DEV_ENV"):
            self.add_route("debug_crash", "/__debug__/crash", DebugCrashResource(self.crashstorage))

    def add_route(self, name, uri_template, resource, *args, **kwargs):
        logger.debug("adding %s: %s", name, uri_template)
        super().add_route(uri_template, resource, *args, **kwargs)


def get_app():
    config = {
        "CRASHSTORAGE_FS_ROOT": os.environ.get("CRASHMOVER_CRASHSTORAGE_FS_ROOT", "/tmp/antenna_crashes"),
        "FORWARD_URL": os.environ.get("CRASHMOVER_FORWARD_URL"),
        "BASEDIR": os.path.dirname(os.path.dirname(__file__)),
        "LOCAL_DEV_ENV": os.environ.get("LOCAL_DEV_ENV", "") == "True",
        "DUMP_FIELD": "upload_file_minidump",
        "MAX_CONTENT_LENGTH": 25 * 1024 * 1024,
    }
    app = AntennaApp(config)
    app.setup()
    return app
