"""Local-dev helpers: look at what the collector stored, and the crash mover."""
import json
import logging

import falcon

logger = logging.getLogger(__name__)


class DebugCrashResource:
    """GET /__debug__/crash?crash_id=... returns the stored annotations as JSON."""

    def __init__(self, crashstorage):
        self.crashstorage = crashstorage

    def on_get(self, req, resp):
        crash_id = req.get_param("crash_id", required=True)
        if crash_id.startswith("bp-"):
            crash_id = crash_id[3:]
        try:
            raw_crash = self.crashstorage.load_raw_crash(crash_id)
        except FileNotFoundError:
            raise falcon.HTTPNotFound()
        resp.content_type = falcon.MEDIA_JSON
        resp.text = json.dumps(raw_crash, indent=2, sort_keys=True)


class CrashMover:
    """Saves a crash, then forwards it; kept here beside the debug view for the local stack."""

    def __init__(self, crashstorage, forwarder):
        self.crashstorage = crashstorage
        self.forwarder = forwarder

    def handle_crashreport(self, raw_crash, dumps, crash_id):
        self.crashstorage.save_raw_crash(crash_id, raw_crash)
        self.crashstorage.save_dumps(crash_id, dumps)
        self.forwarder.forward_to_default(raw_crash, dumps)
        self.forwarder.forward_to_origin(raw_crash, dumps)
        logger.info("%s saved", crash_id)
