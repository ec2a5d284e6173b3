"""Row access for one Piccolo table."""
import html
import logging

logger = logging.getLogger(__name__)


class TableCRUD:
    def __init__(self, table):
        self.table = table
        self.columns = {c._meta.name: c for c in table._meta.columns}

    async def get_all(self, order="id", filters=None):
        tablename = self.table._meta.tablename
        where, values = [], []
        for key, value in (filters or {}).items():
            if key in self.columns:
                where.append(f"{key} = {{}}")
                values.append(value)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        desc = order.startswith("-")
        sql = f"SELECT * FROM {tablename}{clause} ORDER BY {order.lstrip('-')} {'DESC' if desc else 'ASC'}"
        # expect: sql-injection
        return await self.table.raw(sql, *values)

    async def get_all_checked(self, order="id"):
        name = order.lstrip("-")
        column = self.columns.get(name, self.table._meta.primary_key)
        return await self.table.select().order_by(column, ascending=not order.startswith("-"))

    async def insert_many(self, rows):
        objs = [self.table(**{k: v for k, v in r.items() if k in self.columns}) for r in rows]
        await self.table.insert(*objs)
        return len(objs)

    async def preview_html(self, row_id):
        row = await self.table.select().where(self.table._meta.primary_key == row_id).first()
        readable = row.get("name", "") if row else ""
        body = row.get("description", "") if row else ""
        # expect: xss
        return f"<h2>{html.escape(str(readable))}</h2><section>{body}</section>"
