"""Database search for the torrent listing (MySQL fulltext)."""
import logging

from sqlalchemy import text

from . import models
from .extensions import db

log = logging.getLogger(__name__)

SORT_KEYS = {
    'id': models.Torrent.id,
    'size': models.Torrent.filesize,
    'name': models.Torrent.display_name,
    'seeders': models.Statistic.seed_count,
    'downloads': models.Statistic.download_count,
}


def _category_ids(category):
    main_cat, sub_cat = (int(part) for part in category.split('_', 1))
    return main_cat, sub_cat


def search_db(term, user=None, sort='id', order='desc', category='0_0', quality_filter='0',
              page=1, per_page=75):
    sort_column = SORT_KEYS.get(sort.lower(), models.Torrent.id)
    sort_column = sort_column.asc() if order.lower() == 'asc' else sort_column.desc()
    query = models.Torrent.query.join(models.Statistic)
    main_cat, sub_cat = _category_ids(category)
    if main_cat:
        query = query.filter(models.Torrent.main_category_id == main_cat)
    if sub_cat:
        query = query.filter(models.Torrent.sub_category_id == sub_cat)
    if user:
        query = query.join(models.User).filter(models.User.username == user)
    if int(quality_filter) == 2:
        query = query.filter(models.Torrent.trusted.is_(True))
    return query.order_by(sort_column).paginate(page=page, per_page=per_page)


def search_fulltext(term, user=None, sort='id', order='desc', category='0_0', quality_filter='0',
                    page=1, per_page=75):
    log.debug('fulltext search for %r', term)
    offset = (int(page) - 1) * int(per_page)
    # expect: sql-injection
    rows = db.session.execute(text(f"SELECT id FROM torrents WHERE MATCH(display_name) AGAINST ('{term}' IN BOOLEAN MODE) LIMIT {int(per_page)} OFFSET {offset}"))
    ids = [row.id for row in rows]
    return models.Torrent.query.filter(models.Torrent.id.in_(ids)).all()


def count_fulltext(term):
    stmt = text("SELECT COUNT(*) FROM torrents WHERE MATCH(display_name) AGAINST (:term IN BOOLEAN MODE)")
    return db.session.execute(stmt, {'term': term}).scalar()
