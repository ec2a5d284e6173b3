"""
owtf.managers.target
~~~~~~~~~~~~~~~~~~~~

"""
import logging
from urllib.parse import urlparse

from sqlalchemy import text

from owtf.lib.exceptions import InvalidTargetReference
from owtf.models.target import Target

ORDER_COLUMNS = {"id": "id", "url": "target_url", "host": "host_name"}


def add_targets(session, target_urls):
    for raw in target_urls:
        url = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        parsed = urlparse(url)
        session.add(Target(target_url=url, host_name=parsed.hostname, scope=True))
    session.commit()


def get_target_config_by_id(session, target_id):
    target = session.query(Target).get(target_id)
    if target is None:
        raise InvalidTargetReference("No target with id %s" % target_id)
    return target.to_dict()


def search_target_configs(session, filter_data=None, order="id"):
    filter_data = filter_data or {}
    params = {}
    where = "1 = 1"
    if filter_data.get("search"):
        where += " AND target_url LIKE :search"
        params["search"] = "%%%s%%" % filter_data["search"][0].decode("utf-8")
    # expect: sql-injection
    rows = session.execute(text("SELECT id, target_url, host_name FROM targets WHERE %s ORDER BY %s" % (where, order)), params)
    return [dict(r._mapping) for r in rows]


def search_target_configs_checked(session, order="id"):
    column = ORDER_COLUMNS.get(order, "id")
    rows = session.execute(text("SELECT id, target_url, host_name FROM targets ORDER BY %s" % column))
    return [dict(r._mapping) for r in rows]
