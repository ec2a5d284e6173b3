"""Services looked up with request.find_service: file storage and project search."""
import os

from sqlalchemy import text
from zope.interface import Interface, implementer


class IFileStorage(Interface):
    def get(path):
        """Open a stored distribution file."""


class IProjectSearch(Interface):
    def search(terms, order):
        """Find projects by name or summary."""


@implementer(IFileStorage)
class LocalFileStorage:
    def __init__(self, base):
        self.base = base

    @classmethod
    def create_service(cls, context, request):
        return cls(request.registry.settings["files.path"])

    def get(self, path):
        # expect: path-traversal
        return open(os.path.join(self.base, path), "rb")

    def get_checked(self, path):
        base = os.path.realpath(self.base)
        full = os.path.realpath(os.path.join(base, path))
        if not full.startswith(base + os.sep):
            raise FileNotFoundError(path)
        return open(full, "rb")


ORDERINGS = {"name": "normalized_name", "-created": "created DESC", "created": "created"}


@implementer(IProjectSearch)
class DatabaseProjectSearch:
    def __init__(self, db):
        self.db = db

    @classmethod
    def create_service(cls, context, request):
        return cls(request.db)

    def search(self, terms, order):
        order_sql = ORDERINGS.get(order, "normalized_name")
        sql = "SELECT name, summary FROM projects WHERE name ILIKE :q OR summary ILIKE :q ORDER BY " + order_sql
        return self.db.execute(text(sql), {"q": f"%{terms}%"}).fetchall()

    def by_classifier(self, classifier):
        sql = "SELECT p.name FROM projects p JOIN release_classifiers rc ON rc.project_id = p.id "
        sql += "WHERE rc.classifier = '%s'" % classifier
        # expect: sql-injection
        return self.db.execute(text(sql)).fetchall()


def includeme(config):
    config.register_service_factory(LocalFileStorage.create_service, IFileStorage)
    config.register_service_factory(DatabaseProjectSearch.create_service, IProjectSearch)
