"""Project endpoints (Flask-RESTful)."""
import logging

from flask import Response, current_app, request
from flask_restful import Resource

from ...services.project_search_service import ProjectSearchService, ProjectSearchDTO
from ...services.project_admin_service import ProjectAdminService
from ...services.exports import TaskExports
from ..utils import token_auth

log = logging.getLogger(__name__)


class ProjectSearchAPI(Resource):
    def get(self):
        dto = ProjectSearchDTO()
        dto.preferred_locale = request.environ.get('HTTP_ACCEPT_LANGUAGE', 'en')
        dto.mapper_level = request.args.get('mapperLevel')
        dto.order_by = request.args.get('orderBy', 'priority')
        dto.order_by_type = request.args.get('orderByType', 'ASC')
        dto.text_search = request.args.get('textSearch')
        dto.page = int(request.args.get('page', 1))
        results = ProjectSearchService.search_projects(dto)
        return results, 200


class ProjectsQueriesBboxAPI(Resource):
    @token_auth.login_required
    def get(self):
        bbox = [float(x) for x in request.args.get('bbox', '').split(',')]
        srid = int(request.args.get('srid', 4326))
        return ProjectSearchService.get_projects_geojson(bbox, srid), 200


class ProjectAoiImportAPI(Resource):
    @token_auth.login_required
    def post(self, project_id):
        aoi_url = request.get_json()['aoiUrl']
        ProjectAdminService.import_aoi(int(project_id), aoi_url)
        return {'Success': 'AOI imported'}, 200


class ProjectInstructionsPreviewAPI(Resource):
    def get(self, project_id):
        project = ProjectAdminService.get_project(int(project_id))
        html = ProjectAdminService.instructions_html(project)
        return Response(html, mimetype='text/html')


class TasksQueriesOsmXmlAPI(Resource):
    def get(self, project_id):
        filename = request.args.get('filename') or f'project-{int(project_id)}'
        path = TaskExports(current_app.config['EXPORT_DIR']).write_osm_xml(int(project_id), filename)
        log.info('exported project %s to %s', project_id, path)
        return {'path': path}, 200


class TasksQueriesShapefileAPI(Resource):
    def get(self, project_id):
        layer = request.args.get('layer') or 'tasks'
        exports = TaskExports(current_app.config['EXPORT_DIR'])
        return {'path': exports.write_shapefile(int(project_id), layer)}, 200


class TasksQueriesGeojsonAPI(Resource):
    def get(self, project_id):
        exports = TaskExports(current_app.config['EXPORT_DIR'])
        return {'path': exports.write_geojson(int(project_id))}, 200
