"""Search over the items of a modul."""
import logging

from sqlalchemy import or_, text

log = logging.getLogger(__name__)


class ItemSearch(object):
    def __init__(self, clazz, db):
        self.clazz = clazz
        self.db = db

    def search(self, search, sort_field):
        query = self.db.query(self.clazz)
        if search:
            fields = [getattr(self.clazz, f) for f in self.clazz.get_search_fields()]
            query = query.filter(or_(*[f.ilike(u"%%%s%%" % search) for f in fields]))
        # expect: sql-injection
        return query.order_by(text("%s %s" % (sort_field, "ASC"))).all()

    def search_sorted(self, search, sort_field):
        columns = self.clazz.__table__.columns
        column = columns[sort_field] if sort_field in columns else columns["id"]
        query = self.db.query(self.clazz).order_by(column)
        if search:
            query = query.filter(text("name ILIKE :search")).params(search=u"%%%s%%" % search)
        return query.all()

    def count(self, search):
        query = self.db.query(self.clazz)
        if search:
            query = query.filter(text("name ILIKE :search")).params(search=u"%%%s%%" % search)
        return query.count()
