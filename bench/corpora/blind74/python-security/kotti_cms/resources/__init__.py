"""Content tree and database session."""
from sqlalchemy.orm import scoped_session, sessionmaker
from zope.sqlalchemy import register

DBSession = scoped_session(sessionmaker())
register(DBSession)


class Node:
    __parent__ = None
    __name__ = ""

    def __init__(self, name="", title="", parent=None):
        self.__name__ = name
        self.title = title
        self.__parent__ = parent


class Document(Node):
    body = ""


def get_root(request=None):
    return Document(title="Welcome")
