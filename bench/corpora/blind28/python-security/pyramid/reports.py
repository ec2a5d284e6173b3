from pyramid.view import view_config
from sqlalchemy import text

from .models import Order


@view_config(route_name="orders", renderer="json")
def orders(request):
    query = request.dbsession.query(Order)
    status = request.params.get("status", "open")
    # expect: sql-injection
    rows = query.filter(text("status = '{}'".format(status))).all()
    return [r.to_dict() for r in rows]


@view_config(route_name="orders_sorted", renderer="json")
def orders_sorted(request):
    query = request.dbsession.query(Order)
    sort = request.params.get("sort", "created_at")
    direction = request.params.get("dir", "desc")
    # expect: sql-injection
    rows = query.order_by(text("{} {}".format(sort, direction))).limit(50).all()
    return [r.to_dict() for r in rows]


@view_config(route_name="order_totals", renderer="json")
def order_totals(request):
    query = request.dbsession.query(Order.region, Order.total)
    group = request.matchdict["group"]
    # expect: sql-injection
    q = query.group_by(text("{}".format(group)))
    # expect: sql-injection
    q = q.having(text("sum(total) > {}".format(request.params["min"])))
    return [dict(r._mapping) for r in q.all()]


@view_config(route_name="orders_by_customer", renderer="json")
def orders_by_customer(request):
    query = request.dbsession.query(Order)
    rows = query.filter(Order.customer_id == request.params["customer"]).all()
    return [r.to_dict() for r in rows]


@view_config(route_name="orders_since", renderer="json")
def orders_since(request):
    query = request.dbsession.query(Order)
    rows = query.filter(text("created_at >= :since").bindparams(since=request.params["since"])).all()
    return [r.to_dict() for r in rows]


SORTABLE = {"created": Order.created_at, "total": Order.total}


@view_config(route_name="orders_sorted_safe", renderer="json")
def orders_sorted_safe(request):
    column = SORTABLE.get(request.params.get("sort"), Order.created_at)
    return [r.to_dict() for r in request.dbsession.query(Order).order_by(column.desc()).all()]
