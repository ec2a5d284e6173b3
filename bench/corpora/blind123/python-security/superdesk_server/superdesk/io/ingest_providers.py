"""Ingest providers resource: where content comes from."""
import superdesk
from superdesk.celery_app import celery
from superdesk.io.feeding_services import http_service


class IngestProviderResource(superdesk.Resource):
    schema = {
        "name": {"type": "string", "required": True},
        "feeding_service": {"type": "string", "allowed": ["http", "rss", "ftp"]},
        "config": {"type": "dict"},
    }
    privileges = {"POST": "ingest_providers", "PATCH": "ingest_providers"}


class IngestProviderService(superdesk.Service):

    def on_created(self, docs):
        for doc in docs:
            update_provider.delay(str(doc["_id"]))


@celery.task(soft_time_limit=1800)
def update_provider(provider_id):
    provider = superdesk.get_resource_service("ingest_providers").find_one(req=None, _id=provider_id)
    if provider.get("feeding_service") == "http":
        items = http_service.HTTPFeedingService().update(provider)
        superdesk.get_resource_service("ingest").post(items)
