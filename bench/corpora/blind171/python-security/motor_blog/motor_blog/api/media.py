"""XML-RPC media upload: MarsEdit sends images as base64 blobs."""

import datetime
import os
import re

import motor
from tornado.options import options as opts

from motor_blog.api import rpc

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class Media:
    """Mixin for motor_blog.api.handlers.APIHandler, deals with uploaded media."""

    @rpc
    async def metaWeblog_newMediaObject(self, blogid, user, password, struct):
        name = struct["name"]
        content = struct["bits"].data
        now = datetime.datetime.utcnow()
        fs = motor.MotorGridFSBucket(self.settings["db"])
        stored_name = f"{now:%Y/%m}/{SAFE_NAME.sub('_', os.path.basename(name))}"
        await fs.upload_from_stream(stored_name, content,
                                    metadata={"contentType": struct.get("type", "application/octet-stream")})
        self.result({"file": stored_name, "url": opts.base_url + "/media/" + stored_name})

    @rpc
    async def wp_uploadFileToDisk(self, blogid, user, password, struct):
        """Old code path: themes with local images keep them on disk."""
        name = struct["name"]
        # expect: path-traversal
        with open(os.path.join(opts.media_dir, name), "wb") as f:
            f.write(struct["bits"].data)
        self.result({"file": name, "url": opts.base_url + "/static/media/" + name})
