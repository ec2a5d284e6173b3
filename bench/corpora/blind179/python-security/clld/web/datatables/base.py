"""Server-side DataTables: paging, searching and sorting of model listings."""
from sqlalchemy import asc, desc, text

from clld.db.meta import DBSession
from clld.db.models import common

MODELS = {
    "languages": common.Language,
    "parameters": common.Parameter,
    "values": common.ValueSet,
    "sources": common.Source,
}


class Col:
    def __init__(self, name, attr):
        self.name = name
        self.attr = attr


class DataTable:
    def __init__(self, req, model):
        self.req = req
        self.model = model
        self.cols = [Col("id", model.id), Col("name", model.name)]

    def base_query(self):
        return DBSession.query(self.model)

    def get_query(self, limit=100, offset=0):
        params = self.req.params
        query = self.base_query()
        for i, col in enumerate(self.cols):
            term = params.get(f"sSearch_{i}")
            if term:
                query = query.filter(col.attr.ilike(f"%{term}%"))
        try:
            sort_index = int(params.get("iSortCol_0", 0))
        except ValueError:
            sort_index = 0
        if 0 <= sort_index < len(self.cols):
            direction = desc if params.get("sSortDir_0") == "desc" else asc
            query = query.order_by(direction(self.cols[sort_index].attr))
        extra = params.get("sOrderBy")
        if extra:
            # expect: sql-injection
            query = query.order_by(text(f"{self.model.__tablename__}.{extra}"))
        return query.limit(min(int(params.get("iDisplayLength", limit)), 500)).offset(int(params.get("iDisplayStart", offset)))


def datatable_view(request):
    model = MODELS.get(request.matchdict["model"])
    if model is None:
        return {"aaData": [], "sEcho": 0}
    dt = DataTable(request, model)
    rows = dt.get_query().all()
    return {
        "sEcho": int(request.params.get("sEcho", 0)),
        "iTotalRecords": dt.base_query().count(),
        "aaData": [[r.id, r.name] for r in rows],
    }
