from urllib.parse import urlparse

from django.conf import settings

from geonode_layers.services.serviceprocessors.wms import WmsServiceHandler


def get_service_handler(base_url, service_type="WMS"):
    handlers = {"WMS": WmsServiceHandler}
    handler_class = handlers.get(service_type, WmsServiceHandler)
    return handler_class(base_url)


def is_trusted_service_url(url):
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and parsed.hostname in settings.TRUSTED_SERVICE_HOSTS
