from sqlalchemy import Boolean, Column, Integer, String, text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Project(Base):
    __tablename__ = "projects"
    id = Column(Integer, primary_key=True)
    name = Column(String(200), nullable=False)
    homepage = Column(String(200), nullable=False)
    backend = Column(String(200), default="custom")
    version_url = Column(String(200))
    insecure = Column(Boolean, default=False)

    @classmethod
    def search(cls, session, pattern, distro=None):
        pattern = pattern.replace("*", "%")
        query = session.query(cls).filter(cls.name.ilike(pattern))
        return query.order_by(cls.name).all()

    @classmethod
    def search_raw(cls, session, pattern, distro=None):
        distro_clause = " AND distro = '%s'" % distro if distro else ""
        # expect: sql-injection
        return session.execute(text("SELECT id, name FROM projects WHERE name LIKE '" + pattern.replace("*", "%") + "'" + distro_clause)).fetchall()
