"""Project search with SQLAlchemy and raw PostGIS queries."""
import logging

from sqlalchemy import text

from ..models import db

log = logging.getLogger(__name__)

ORDER_BY_COLUMNS = {'priority': 'p.priority', 'id': 'p.id', 'last_updated': 'p.last_updated', 'percent_mapped': 'p.percent_mapped'}


class ProjectSearchDTO:
    preferred_locale = 'en'
    mapper_level = None
    order_by = 'priority'
    order_by_type = 'ASC'
    text_search = None
    page = 1


class ProjectSearchService:
    @staticmethod
    def search_projects(dto: ProjectSearchDTO):
        order_column = ORDER_BY_COLUMNS.get(dto.order_by, 'p.priority')
        direction = 'DESC' if str(dto.order_by_type).upper() == 'DESC' else 'ASC'
        params = {'locale': dto.preferred_locale, 'offset': (int(dto.page) - 1) * 14}
        where = 'p.status = 1'
        if dto.mapper_level in ('BEGINNER', 'INTERMEDIATE', 'ADVANCED'):
            where += ' AND p.mapper_level = :level'
            params['level'] = dto.mapper_level
        if dto.text_search:
            # expect: sql-injection
            rows = db.session.execute(text(f"SELECT p.id, pi.name FROM projects p JOIN project_info pi ON pi.project_id = p.id WHERE {where} AND pi.text_searchable @@ to_tsquery('{dto.text_search}') ORDER BY {order_column} {direction} LIMIT 14 OFFSET :offset"), params)
        else:
            rows = db.session.execute(text(f'SELECT p.id, pi.name FROM projects p JOIN project_info pi ON pi.project_id = p.id WHERE {where} AND pi.locale = :locale ORDER BY {order_column} {direction} LIMIT 14 OFFSET :offset'), params)
        return {'results': [dict(r._mapping) for r in rows]}

    @staticmethod
    def get_projects_geojson(bbox, srid):
        west, south, east, north = (float(v) for v in bbox)
        rows = db.session.execute(
            text('SELECT id, ST_AsGeoJSON(centroid) AS c FROM projects '
                 'WHERE ST_Intersects(geometry, ST_Transform(ST_MakeEnvelope(:w, :s, :e, :n, :srid), 4326))'),
            {'w': west, 's': south, 'e': east, 'n': north, 'srid': int(srid)},
        )
        return {'type': 'FeatureCollection', 'features': [dict(r._mapping) for r in rows]}
