"""Incident models: the ORM table and the API schemas."""
from datetime import datetime
from typing import Optional

from pydantic import BaseModel, HttpUrl
from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Incident(Base):
    __tablename__ = "incident"
    id = Column(Integer, primary_key=True)
    title = Column(String, nullable=False)
    status = Column(String, default="Active")
    reference_title = Column(String, nullable=True)
    created_at = Column(DateTime, default=datetime.utcnow)


class IncidentCreate(BaseModel):
    title: str
    description: Optional[str] = None
    reference_url: Optional[HttpUrl] = None


class IncidentRead(BaseModel):
    id: int
    title: str
    status: str

    class Config:
        from_attributes = True
