"""Responds to paasta service and instance requests (``paasta_tools/api/api.py``)."""
import argparse
import logging
import os

from pyramid.config import Configurator
from wsgicors import CORS

from paasta_tools.api import settings

log = logging.getLogger(__name__)


def parse_paasta_api_args():
    parser = argparse.ArgumentParser(description="Runs a PaaSTA API server")
    parser.add_argument("-D", "--debug", dest="debug", action="store_true", default=False)
    parser.add_argument("-d", "--soa-dir", dest="soa_dir", default="/nail/etc/services")
    parser.add_argument("port", type=int, default=5054, nargs="?")
    return parser.parse_args()


def make_app(global_config=None):
    paasta_api_path = os.path.dirname(settings.__file__)
    config = Configurator(settings={"service_name": "paasta-api", "pyramid.reload_templates": False})
    config.include("pyramid_swagger")
    config.add_route("resources.utilization", "/v1/resources/utilization")
    config.add_route("service.list", "/v1/services/{service}")
    config.add_route("service.instance.status", "/v1/services/{service}/{instance}/status")
    config.add_route("service.instance.logs", "/v1/services/{service}/{instance}/logs")
    config.add_route("service.instance.bounce", "/v1/services/{service}/{instance}/bounce")
    config.add_route("service.instance.delay", "/v1/services/{service}/{instance}/delay")
    config.add_route("version", "/v1/version")
    config.scan("paasta_tools.api.views", ignore=[".test"])
    log.info("API spec from %s", paasta_api_path)
    return CORS(config.make_wsgi_app(), headers="*", methods="*", maxage="180", origin="*")


def main():
    args = parse_paasta_api_args()
    settings.soa_dir = args.soa_dir
    from waitress import serve
    serve(make_app(), host=os.environ.get("PAASTA_API_HOST", "127.0.0.1"), port=args.port)
