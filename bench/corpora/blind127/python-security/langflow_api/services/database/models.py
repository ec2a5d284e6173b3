"""The Flow table."""
from sqlalchemy import Column, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Flow(Base):
    __tablename__ = "flow"
    id = Column(String, primary_key=True)
    user_id = Column(String, index=True)
    name = Column(String)
