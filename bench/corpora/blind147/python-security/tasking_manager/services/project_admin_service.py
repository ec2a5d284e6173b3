"""Project administration: AOI import, instructions."""
import json
import logging

import bleach
import markdown
import requests

from ..models import Project, db

log = logging.getLogger(__name__)

OSM_API = 'https://api.openstreetmap.org/api/0.6'
ALLOWED_TAGS = ['p', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'h3', 'h4']


class ProjectAdminService:
    @staticmethod
    def get_project(project_id):
        return Project.query.get_or_404(project_id)

    @staticmethod
    def import_aoi(project_id, aoi_url):
        log.info('importing AOI for project %s from %s', project_id, aoi_url)
        # expect: ssrf
        resp = requests.get(aoi_url, timeout=30)
        resp.raise_for_status()
        project = Project.query.get_or_404(project_id)
        project.set_aoi(json.loads(resp.text))
        db.session.commit()

    @staticmethod
    def osm_user_details(osm_id):
        resp = requests.get(f'{OSM_API}/user/{int(osm_id)}.json', timeout=15)
        resp.raise_for_status()
        return resp.json()['user']

    @staticmethod
    def instructions_html(project):
        info = project.default_info()
        # expect: xss
        return f'<html><body><h1>{info.name}</h1><div>{markdown.markdown(info.instructions)}</div></body></html>'

    @staticmethod
    def description_html(project):
        info = project.default_info()
        body = bleach.clean(markdown.markdown(info.description), tags=ALLOWED_TAGS, strip=True)
        return f'<div class="description">{body}</div>'
