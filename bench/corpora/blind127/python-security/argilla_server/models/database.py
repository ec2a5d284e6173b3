"""ORM models (reduced)."""
from sqlalchemy import JSON, Column, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Record(Base):
    __tablename__ = "records"
    id = Column(String, primary_key=True)
    dataset_id = Column(String, index=True)
    fields = Column(JSON)


class Webhook(Base):
    __tablename__ = "webhooks"
    id = Column(String, primary_key=True)
    url = Column(String)
    events = Column(JSON)
