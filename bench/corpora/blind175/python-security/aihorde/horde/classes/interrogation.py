"""Interrogation forms (caption, nsfw, ...) and their completion hook."""
import logging
import uuid

import requests

from horde.flask import db

logger = logging.getLogger(__name__)


class InterrogationForm(db.Model):
    __tablename__ = "interrogation_forms"
    id = db.Column(db.Uuid, primary_key=True, default=uuid.uuid4)
    interrogation_id = db.Column(db.Uuid, default=uuid.uuid4)
    name = db.Column(db.String(30))
    user_id = db.Column(db.Integer, db.ForeignKey("users.id"))
    source_image = db.Column(db.Text)
    webhook = db.Column(db.String(1024))
    result = db.Column(db.JSON)

    def __init__(self, name, user, source_image, webhook=None):
        super().__init__(name=name, user_id=user.id, source_image=source_image, webhook=webhook)

    def activate(self):
        db.session.add(self)
        db.session.commit()

    def deliver(self, result):
        self.result = result
        db.session.commit()
        if not self.webhook:
            return
        try:
            # expect: ssrf
            requests.post(self.webhook, json={"id": str(self.interrogation_id), "form": self.name, "result": result}, timeout=3)
        except requests.RequestException as err:
            logger.warning("interrogation webhook failed: %s", err)
