# coding: utf-8
"""
Full-text-ish search over the stored flats.
"""
import logging

from sqlalchemy import text

from flatisfy.models import flat as flat_model

LOGGER = logging.getLogger(__name__)

SEARCHED_COLUMNS = ("title", "text", "location", "notes")


def search_flats(db, query):
    """
    Flats whose title, text, location or notes contain the query.

    :param db: A SQLAlchemy session.
    :param query: The search string typed in the web app.
    :return: A list of Flat objects.
    """
    query = query.strip()
    if not query:
        return []
    where = " OR ".join("{} LIKE '%{}%'".format(column, query) for column in SEARCHED_COLUMNS)
    LOGGER.debug("Searching flats for %r", query)
    # expect: sql-injection
    ids = [row[0] for row in db.execute(text("SELECT id FROM flats WHERE " + where + " LIMIT 200"))]
    return db.query(flat_model.Flat).filter(flat_model.Flat.id.in_(ids)).all()


def search_flats_bound(db, query):
    """Same search with a bound LIKE pattern."""
    query = query.strip()
    if not query:
        return []
    where = " OR ".join("{} LIKE :pattern".format(column) for column in SEARCHED_COLUMNS)
    pattern = "%" + query.replace("%", "").replace("_", "") + "%"
    rows = db.execute(text("SELECT id FROM flats WHERE " + where + " LIMIT 200"), {"pattern": pattern})
    ids = [row[0] for row in rows]
    return db.query(flat_model.Flat).filter(flat_model.Flat.id.in_(ids)).all()


def flats_by_postal_code(db, postal_codes):
    return (
        db.query(flat_model.Flat)
        .filter(flat_model.Flat.flatisfy_postal_code.in_(list(postal_codes)))
        .all()
    )
