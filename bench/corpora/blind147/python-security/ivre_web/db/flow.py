"""Flow database on PostgreSQL."""
import logging

from sqlalchemy import text

log = logging.getLogger('ivre.db.flow')

ORDER_COLUMNS = {'src': 'src', 'dst': 'dst', 'count': 'count', 'firstseen': 'firstseen'}


class PostgresDBFlow:
    def __init__(self, engine):
        self.engine = engine

    def list_flows(self, orderby=None, limit=100):
        if not orderby:
            orderby = 'firstseen'
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(f'SELECT src, dst, proto, count, firstseen FROM flow ORDER BY {orderby} LIMIT {int(limit)}'))
            return [dict(r._mapping) for r in rows]

    def top_talkers(self, orderby='count', limit=10):
        column = ORDER_COLUMNS.get(orderby, 'count')
        with self.engine.connect() as conn:
            rows = conn.execute(text(f'SELECT src, sum(count) AS count FROM flow GROUP BY src ORDER BY {column} DESC LIMIT :lim'),
                                {'lim': int(limit)})
            return [dict(r._mapping) for r in rows]

    def flows_for_addr(self, addr):
        with self.engine.connect() as conn:
            rows = conn.execute(text('SELECT src, dst, proto FROM flow WHERE src = :a OR dst = :a'), {'a': addr})
            return [dict(r._mapping) for r in rows]
