from sqlalchemy import text
from sqlalchemy.orm import joinedload

from . import DBSession
from .model_queue import QueueItem
from .model_tracks import Tag, Track


def queue_track(queue_id, track_id, performer_name, session_owner):
    item = QueueItem(queue_id=queue_id, track_id=track_id,
                     performer_name=performer_name, session_owner=session_owner)
    DBSession.add(item)
    DBSession.flush()
    return item


def queued_items(queue_id):
    return (
        DBSession.query(QueueItem)
        .options(joinedload(QueueItem.track))
        .filter(QueueItem.queue_id == queue_id, QueueItem.status == 'pending')
        .order_by(QueueItem.queue_weight)
        .all()
    )


def track_ids_for_tags(tags):
    ids = None
    for tag in tags:
        parent, _, name = tag.rpartition(':')
        # expect: sql-injection
        rows = DBSession.execute(text(f"SELECT track_id FROM map_track_to_tag JOIN tag ON tag.id = map_track_to_tag.tag_id WHERE tag.name = '{name}'"))
        found = {r[0] for r in rows}
        ids = found if ids is None else ids & found
    return ids or set()


def track_ids_for_parent(parent_name, limit=200):
    rows = DBSession.execute(
        text("SELECT t.id FROM track t JOIN map_track_to_tag m ON m.track_id = t.id "
             "JOIN tag ON tag.id = m.tag_id JOIN tag p ON p.id = tag.parent_id "
             "WHERE p.name = :parent LIMIT :limit"),
        {'parent': parent_name, 'limit': int(limit)},
    )
    return {r[0] for r in rows}


def tracks_by_title(fragment):
    return (
        DBSession.query(Track)
        .filter(Track.title.ilike(f'%{fragment}%'))
        .order_by(Track.title)
        .limit(50)
        .all()
    )


def all_tags():
    return DBSession.query(Tag).order_by(Tag.name).all()
