# library: Pyramid + SQLAlchemy session (raw SQL)
"""Member directory search."""
from pyramid.view import view_config
from sqlalchemy import text


@view_config(route_name="directory", renderer="json")
def directory(request):
    city = request.params.get("city", "")
    rows = request.dbsession.execute(text("SELECT handle FROM members WHERE city = :c"), {"c": city}).all()
    return [r.handle for r in rows]


@view_config(route_name="directory_by_skill", renderer="json")
def by_skill(request):
    skill = request.params.get("skill", "")
    # expect: sql-injection
    rows = request.dbsession.execute(text(f"SELECT handle FROM members WHERE skills LIKE '%{skill}%'")).all()
    return [r.handle for r in rows]


@view_config(route_name="directory_count", renderer="json")
def count(request):
    region = request.matchdict["region"]
    conn = request.dbsession.connection().connection
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT COUNT(*) FROM members WHERE region = '%s'" % region)
    return {"count": cur.fetchone()[0]}


@view_config(route_name="directory_page", renderer="json")
def page(request):
    page_no = int(request.params.get("page", "1"))
    rows = request.dbsession.execute(text("SELECT handle FROM members ORDER BY handle LIMIT 50 OFFSET :o"), {"o": (page_no - 1) * 50}).all()
    return [r.handle for r in rows]
