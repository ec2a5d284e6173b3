"""Write task exports (OSM XML, GPX) to the export directory."""
import logging
import os
import subprocess
import xml.etree.ElementTree as ET

from ..models import Task

log = logging.getLogger(__name__)


class TaskExports:
    def __init__(self, export_dir):
        self.export_dir = export_dir

    def _tasks_xml(self, project_id):
        root = ET.Element('osm', version='0.6', generator='tasking-manager')
        for task in Task.query.filter_by(project_id=project_id).all():
            way = ET.SubElement(root, 'way', id=str(-int(task.id)), action='modify')
            ET.SubElement(way, 'tag', k='task_id', v=str(task.id))
        return ET.tostring(root, encoding='unicode')

    def write_osm_xml(self, project_id, filename):
        path = os.path.join(self.export_dir, f'{filename}.osm')
        # expect: path-traversal
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(self._tasks_xml(project_id))
        return path

    def write_gpx(self, project_id):
        path = os.path.join(self.export_dir, f'project-{int(project_id)}.gpx')
        root = ET.Element('gpx', version='1.1', creator='tasking-manager')
        for task in Task.query.filter_by(project_id=project_id).all():
            ET.SubElement(root, 'wpt', lat=str(task.y), lon=str(task.x))
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(ET.tostring(root, encoding='unicode'))
        return path

    def write_shapefile(self, project_id, layer_name):
        src = self.write_gpx(project_id)
        out = os.path.join(self.export_dir, f'project-{int(project_id)}-shp')
        log.info('converting %s to shapefile layer %s', src, layer_name)
        # expect: command-injection
        subprocess.run(f"ogr2ogr -f 'ESRI Shapefile' {out} {src} -nln {layer_name}", shell=True, check=True)
        return out

    def write_geojson(self, project_id):
        src = self.write_gpx(project_id)
        out = os.path.join(self.export_dir, f'project-{int(project_id)}.geojson')
        subprocess.run(['ogr2ogr', '-f', 'GeoJSON', out, src, 'waypoints'], check=True)
        return out
