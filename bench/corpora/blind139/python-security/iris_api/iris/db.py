from contextlib import contextmanager

import pymysql
import sqlalchemy
from sqlalchemy.orm import sessionmaker

engine = sqlalchemy.create_engine("mysql+pymysql://iris@127.0.0.1/iris", pool_recycle=3600)
dict_cursor = pymysql.cursors.DictCursor
Session = sessionmaker(bind=engine)


@contextmanager
def guarded_session():
    session = Session()
    try:
        yield session
    finally:
        session.close()
