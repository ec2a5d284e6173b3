"""Event model."""
from werkzeug.exceptions import NotFound

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy(session_options={"autoflush": False})


class Event(db.Model):
    __tablename__ = "events"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String, nullable=False)
    category_id = db.Column(db.Integer, nullable=True)
    venue = db.Column(db.String, nullable=True)
    is_deleted = db.Column(db.Boolean, default=False, nullable=False)

    @classmethod
    def get_or_404(cls, event_id):
        event = db.session.get(cls, event_id)
        if event is None or event.is_deleted:
            raise NotFound(f"event {event_id} not found")
        return event

    def __repr__(self):
        return f"<Event {self.id}: {self.title!r}>"
