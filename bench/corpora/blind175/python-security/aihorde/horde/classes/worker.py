"""Worker model (only the parts the API uses)."""
import hashlib

from horde.flask import db


class Worker(db.Model):
    __tablename__ = "workers"
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(100), unique=True)
    uptime = db.Column(db.Integer, default=0)
    kudos = db.Column(db.Float, default=0)
    info = db.Column(db.String(1000))
    owner_id = db.Column(db.Integer, db.ForeignKey("users.id"))

    def get_details(self):
        return {
            "name": self.name,
            "uptime": self.uptime,
            "kudos_rewards": self.kudos,
            "info": self.info,
            "id": self.public_id(),
        }

    def public_id(self):
        return hashlib.sha256(f"worker:{self.id}".encode()).hexdigest()[:16]

    def set_info(self, info):
        if info is None:
            self.info = None
        else:
            self.info = info.strip()[:1000]
        db.session.commit()

    def rename(self, new_name):
        if not new_name or len(new_name) > 100:
            return False
        self.name = new_name
        db.session.commit()
        return True

    def record_uptime(self, seconds):
        self.uptime += int(seconds)
        db.session.commit()
