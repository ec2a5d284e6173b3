from celery import shared_task

from geonode_layers.services.models import Service
from geonode_layers.services.serviceprocessors.base import get_service_handler, is_trusted_service_url


@shared_task
def harvest_resources(service_id, hardened=False):
    service = Service.objects.get(pk=service_id)
    if hardened and not is_trusted_service_url(service.base_url):
        return []
    handler = get_service_handler(service.base_url, service.type)
    content = handler.get_capabilities()
    if hardened:
        root = handler.parse_capabilities_hardened(content)
    else:
        root = handler.parse_capabilities(content)
    return [el.text for el in root.iter("{*}Name")]
