"""Waiting prompts and the webhook call made when they finish."""
import logging
import uuid

import requests

from horde.flask import db

logger = logging.getLogger(__name__)


class ImageWaitingPrompt(db.Model):
    __tablename__ = "waiting_prompts"
    id = db.Column(db.Uuid, primary_key=True, default=uuid.uuid4)
    user_id = db.Column(db.Integer, db.ForeignKey("users.id"))
    prompt = db.Column(db.Text)
    params = db.Column(db.JSON)
    webhook = db.Column(db.String(1024))
    kudos = db.Column(db.Float, default=0)
    active = db.Column(db.Boolean, default=False)

    def __init__(self, user, prompt, params, source_image=None, webhook=None):
        super().__init__(user_id=user.id, prompt=prompt, params=params, webhook=webhook)
        self.source_image = source_image

    def activate(self):
        self.active = True
        db.session.add(self)
        db.session.commit()

    def send_webhook(self, kudos):
        """The webhook URL was checked when the request came in."""
        if not self.webhook:
            return
        payload = {"id": str(self.id), "kudos": kudos, "status": "done"}
        try:
            requests.post(self.webhook, json=payload, timeout=3)
        except requests.RequestException as err:
            logger.warning("webhook for %s failed: %s", self.id, err)
