"""Member directory views."""
import logging

from pyramid.view import view_config
from sqlalchemy import text

from .models import DBSession, Member

log = logging.getLogger(__name__)

SORTS = {"name": Member.last_name, "joined": Member.joined_at}


@view_config(route_name="directory", renderer="templates/directory.jinja2")
def directory(request):
    sort = SORTS.get(request.params.get("sort"), Member.last_name)
    members = DBSession.query(Member).filter(Member.public.is_(True)).order_by(sort).limit(100).all()
    return {"members": members}


@view_config(route_name="directory_search", renderer="json")
def search(request):
    city = request.params.get("city", "")
    # expect: sql-injection
    members = DBSession.query(Member).filter(text(f"city = '{city}'")).all()
    return {"members": [m.as_dict() for m in members]}


@view_config(route_name="directory_search_safe", renderer="json")
def search_safe(request):
    city = request.params.get("city", "")
    members = DBSession.query(Member).filter(text("city = :city")).params(city=city).all()
    return {"members": [m.as_dict() for m in members]}


@view_config(route_name="directory_sorted", renderer="json")
def sorted_members(request):
    # expect: sql-injection
    members = DBSession.query(Member).order_by(text(request.params.get("order", "last_name"))).all()
    return {"members": [m.as_dict() for m in members]}


@view_config(route_name="directory_by_skill", renderer="json")
def by_skill(request):
    skill = request.matchdict["skill"]
    log.info("skill search %s", skill)
    # expect: sql-injection
    rows = DBSession.execute("SELECT id, last_name FROM members WHERE skills @> ARRAY['" + skill + "']").fetchall()
    return {"members": [dict(r._mapping) for r in rows]}


@view_config(route_name="directory_count", renderer="json")
def count(request):
    city = request.params.get("city", "")
    n = DBSession.query(Member).filter(Member.city == city).count()
    return {"count": n}
