from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

_engine = create_engine("sqlite:///barbican.sqlite")
_Session = sessionmaker(bind=_engine)


def get_session():
    return _Session()
