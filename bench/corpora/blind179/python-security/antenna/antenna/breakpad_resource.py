"""Handles incoming breakpad crash reports (multipart/form-data, maybe gzipped)."""
import cgi
import datetime
import io
import json
import logging
import uuid
import zlib

import falcon

logger = logging.getLogger(__name__)


def create_crash_id(timestamp=None):
    """uuid4 whose tail encodes the submission date (yymmdd), as the processor expects."""
    timestamp = timestamp or datetime.datetime.now(datetime.timezone.utc)
    base = str(uuid.uuid4())
    return base[:-6] + timestamp.strftime("%y%m%d")


class BreakpadSubmitterResource:
    def __init__(self, config, crashmover):
        self.config = config
        self.crashmover = crashmover

    def extract_payload(self, req):
        """Return (annotations, dumps) from the request body."""
        content_length = req.content_length or 0
        if content_length > self.config["MAX_CONTENT_LENGTH"]:
            raise falcon.HTTPPayloadTooLarge()
        body = req.bounded_stream.read()
        if req.get_header("Content-Encoding", default="") == "gzip":
            body = zlib.decompress(body, zlib.MAX_WBITS | 16)
        env = {"REQUEST_METHOD": "POST", "CONTENT_TYPE": req.content_type, "CONTENT_LENGTH": str(len(body))}
        fs = cgi.FieldStorage(fp=io.BytesIO(body), environ=env, keep_blank_values=True)
        annotations, dumps = {}, {}
        for field in fs.list or []:
            if field.filename:
                dumps[field.name] = field.value
            elif field.name == "extra":
                annotations.update(json.loads(field.value))
            else:
                annotations[field.name] = field.value
        return annotations, dumps

    def on_post(self, req, resp):
        resp.content_type = falcon.MEDIA_TEXT
        try:
            annotations, dumps = self.extract_payload(req)
        except (ValueError, zlib.error) as exc:
            logger.info("malformed crash report: %s", exc)
            resp.status = falcon.HTTP_400
            resp.text = "Discarded=malformed"
            return
        if not dumps:
            resp.status = falcon.HTTP_400
            resp.text = "Discarded=no_dumps"
            return
        crash_id = create_crash_id()
        annotations["uuid"] = crash_id
        annotations["submitted_timestamp"] = datetime.datetime.now(datetime.timezone.utc).isoformat()
        self.crashmover.handle_crashreport(annotations, dumps, crash_id)
        resp.status = falcon.HTTP_200
        resp.text = f"CrashID=bp-{crash_id}\n"
