from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

engine = create_engine("sqlite:///db-config.sqlite")
Session = sessionmaker(bind=engine)

SEEN_SORT = {"added": "added", "title": "title", "task": "task"}


def search_seen(session, value, sort_by):
    order = SEEN_SORT.get(sort_by, "added")
    bound = session.execute(text(f"SELECT id, title FROM seen_entry WHERE title LIKE :v ORDER BY {order}"), {"v": "%" + value + "%"})
    return bound.fetchall()


def search_seen_local(session, value, local_only):
    clause = "AND local = 1" if local_only else ""
    # expect: sql-injection
    return session.execute(text("SELECT id, title FROM seen_field WHERE value = '" + value + "' " + clause)).fetchall()
