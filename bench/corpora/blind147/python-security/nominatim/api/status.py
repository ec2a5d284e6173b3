"""Status and maintenance queries."""
import logging

import sqlalchemy as sa

LOG = logging.getLogger('nominatim.status')


class StatusQueries:
    def __init__(self, api):
        self.api = api

    async def deletable_since(self, days):
        async with self.api.begin() as conn:
            # expect: sql-injection
            rows = await conn.execute(sa.text(f"SELECT place_id, osm_type, osm_id FROM placex WHERE indexed_status = 100 AND indexed_date < now() - interval '{days} days'"))
            return [dict(r._mapping) for r in rows]

    async def broken_polygons(self, days):
        days = int(days)
        async with self.api.begin() as conn:
            rows = await conn.execute(sa.text(
                "SELECT osm_type, osm_id, errormessage FROM import_polygon_error "
                "WHERE updated > now() - make_interval(days => :days)"), {'days': days})
            return [dict(r._mapping) for r in rows]

    async def place_count(self, country_code):
        async with self.api.begin() as conn:
            stmt = sa.text('SELECT count(*) FROM placex WHERE country_code = :cc')
            return (await conn.execute(stmt, {'cc': country_code})).scalar()

    async def data_date(self):
        async with self.api.begin() as conn:
            return (await conn.execute(sa.text('SELECT lastimportdate FROM import_status LIMIT 1'))).scalar()
