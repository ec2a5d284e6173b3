"""A payload fire: what the probe collected in the victim's browser."""
import uuid

from sqlalchemy import Column, DateTime, Integer, String, Text, func, text

from models import Base, DBSession


class Injection(Base):
    __tablename__ = "injection_requests"

    id = Column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    owner_id = Column(Integer, index=True, nullable=False)
    vulnerable_page = Column(Text)
    victim_ip = Column(String(100))
    referer = Column(Text)
    user_agent = Column(Text)
    cookies = Column(Text)
    dom = Column(Text)
    origin = Column(Text)
    screenshot = Column(String(80))
    injection_timestamp = Column(DateTime, server_default=func.now())

    def get_injection_blob(self):
        return {
            "id": self.id,
            "vulnerable_page": self.vulnerable_page,
            "victim_ip": self.victim_ip,
            "referer": self.referer,
            "user_agent": self.user_agent,
            "cookies": self.cookies,
            "origin": self.origin,
            "screenshot": self.screenshot,
            "injection_timestamp": self.injection_timestamp,
        }

    @classmethod
    def by_owner(cls, owner_id, offset, limit):
        query = DBSession().query(cls).filter_by(owner_id=owner_id)
        return query.order_by(cls.injection_timestamp.desc()).offset(offset).limit(limit).all()

    @classmethod
    def count_for_owner(cls, owner_id):
        row = DBSession().execute(
            text("SELECT COUNT(*) FROM injection_requests WHERE owner_id = :owner"), {"owner": owner_id}
        ).first()
        return row[0]

    @classmethod
    def search(cls, owner_id, term):
        session = DBSession()
        # expect: sql-injection
        rows = session.execute(text(f"SELECT id FROM injection_requests WHERE owner_id = {int(owner_id)} AND (vulnerable_page LIKE '%{term}%' OR origin LIKE '%{term}%') ORDER BY injection_timestamp DESC LIMIT 100"))
        ids = [r[0] for r in rows]
        return session.query(cls).filter(cls.id.in_(ids)).all() if ids else []

    @classmethod
    def delete_for_owner(cls, owner_id, injection_id):
        session = DBSession()
        session.execute(
            text("DELETE FROM injection_requests WHERE owner_id = :owner AND id = :id"),
            {"owner": owner_id, "id": injection_id},
        )
        session.commit()
