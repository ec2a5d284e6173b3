"""Table pages: rows with sort and a simple where filter."""
from starlette.responses import JSONResponse

from . import BaseView, escape_sqlite, sort_clause


class TableView(BaseView):
    async def get(self, request):
        table = request.path_params["table"]
        args = request.query_params
        sort = args.get("_sort")
        sort_desc = args.get("_sort_desc")
        where = args.get("_where", "")
        sql = "select * from " + escape_sqlite(table)
        if where:
            sql += " where " + where
        sql += sort_clause(sort, sort_desc)
        results = await self.db.execute(sql + " limit 101")
        return JSONResponse({"columns": results.columns, "rows": [list(r) for r in results.rows], "truncated": results.truncated})


class CheckedTableView(BaseView):
    async def get(self, request):
        table = request.path_params["table"]
        columns = await self.db.table_columns(table)
        if not columns:
            return JSONResponse({"ok": False, "error": "Table not found"}, status_code=404)
        sort = request.query_params.get("_sort")
        if sort is not None and sort not in columns:
            return JSONResponse({"ok": False, "error": "Cannot sort table by " + sort}, status_code=400)
        params = {}
        sql = f"select * from [{table}]"
        search = request.query_params.get("_search")
        if search and "title" in columns:
            sql += " where title like :search"
            params["search"] = f"%{search}%"
        if sort:
            sql += f" order by [{sort}]"
        results = await self.db.execute(sql, params)
        return JSONResponse({"columns": results.columns, "rows": [list(r) for r in results.rows]})
