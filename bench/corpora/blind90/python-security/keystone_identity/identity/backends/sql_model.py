from sqlalchemy import Boolean, Column, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "local_user"
    id = Column(String(64), primary_key=True)
    name = Column(String(255))
    domain_id = Column(String(64))
    enabled = Column(Boolean, default=True)
