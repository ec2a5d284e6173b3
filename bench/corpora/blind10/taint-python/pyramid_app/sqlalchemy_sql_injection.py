# library: Pyramid + SQLAlchemy (request.dbsession with request data)
"""Member directory views."""
from pyramid.view import view_config
from sqlalchemy import select, text

from .models import Member


@view_config(route_name="members_search", renderer="json")
def search(request):
    name = request.params.get("name", "")
    # expect: sql-injection
    rows = request.dbsession.execute(text(f"SELECT id, name FROM members WHERE name ILIKE '%{name}%'")).all()
    return [{"id": r.id, "name": r.name} for r in rows]


@view_config(route_name="members_search_safe", renderer="json")
def search_safe(request):
    name = request.params.get("name", "")
    rows = request.dbsession.execute(select(Member.id, Member.name).where(Member.name.ilike(f"%{name}%"))).all()
    return [{"id": r.id, "name": r.name} for r in rows]


@view_config(route_name="members_by_city", renderer="json")
def by_city(request):
    city = request.matchdict["city"]
    # expect: sql-injection
    members = request.dbsession.query(Member).filter(text("city = '" + city + "'")).all()
    return [m.name for m in members]


@view_config(route_name="members_by_city_safe", renderer="json")
def by_city_safe(request):
    members = request.dbsession.query(Member).filter(text("city = :city")).params(city=request.matchdict["city"]).all()
    return [m.name for m in members]
