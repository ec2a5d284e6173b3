"""DBSession and the main tables (c2cgeoportal_commons.models in the real project)."""
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker

DBSession = scoped_session(sessionmaker())
Base = declarative_base()


class Layer(Base):
    __tablename__ = "layer"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    geo_table = Column(String)


class Shorturl(Base):
    __tablename__ = "shorturl"
    id = Column(Integer, primary_key=True)
    url = Column(String)
    ref = Column(String, unique=True)
