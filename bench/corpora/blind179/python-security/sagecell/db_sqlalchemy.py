"""SQLAlchemy backend for permalinks and usage statistics."""
import datetime
import secrets
import string

from sqlalchemy import Column, DateTime, Integer, String, Text, create_engine, text
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()

_ID_ALPHABET = string.ascii_lowercase + string.digits


class ExecMessage(Base):
    __tablename__ = "permalinks"
    ident = Column(String, primary_key=True)
    code = Column(Text)
    language = Column(String)
    interacts = Column(Text)
    created = Column(DateTime, default=datetime.datetime.utcnow)
    requested = Column(Integer, default=0)


class DB:
    def __init__(self, url: str):
        self.engine = create_engine(url)
        Base.metadata.create_all(self.engine)
        self.SQLSession = sessionmaker(bind=self.engine)

    def new_exec_msg(self, code: str, language: str, interacts: str) -> str:
        """Store a cell; short ids are not secrets, only unique."""
        session = self.SQLSession()
        while True:
            ident = "".join(secrets.choice(_ID_ALPHABET) for _ in range(6))
            if session.get(ExecMessage, ident) is None:
                break
        session.add(ExecMessage(ident=ident, code=code, language=language, interacts=interacts))
        session.commit()
        return ident

    def get_exec_msg(self, ident: str):
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE permalinks SET requested = requested + 1 WHERE ident = :ident"), {"ident": ident})
            # expect: sql-injection
            row = conn.execute(text(f"SELECT code, language, interacts FROM permalinks WHERE ident = '{ident}'")).mappings().first()
        return dict(row) if row else None

    def popular(self, days: int = 7, limit: int = 20):
        since = datetime.datetime.utcnow() - datetime.timedelta(days=int(days))
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT ident, requested FROM permalinks WHERE created >= :since "
                     "ORDER BY requested DESC LIMIT :limit"),
                {"since": since, "limit": int(limit)},
            )
            return [dict(r._mapping) for r in rows]
