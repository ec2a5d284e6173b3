"""Application entry point: Pyramid configuration."""
import logging

from pyramid.config import Configurator

from kvstore.core.storage.postgresql import Storage

logger = logging.getLogger(__name__)

DEFAULT_SETTINGS = {
    "kvstore.storage_url": "postgresql://kvstore@localhost/kvstore",
    "kvstore.attachment.base_path": "/var/lib/kvstore/attachments",
    "kvstore.paginate_by": "100",
}


def main(global_config, **settings):
    merged = {**DEFAULT_SETTINGS, **settings}
    config = Configurator(settings=merged)
    config.registry.storage = Storage(merged["kvstore.storage_url"])
    config.add_tween("kvstore.tweens.client_info_tween_factory")
    config.add_route("records", "/v1/buckets/{bucket_id}/collections/{collection_id}/records")
    config.add_route("records_count", "/v1/buckets/{bucket_id}/records/count")
    config.add_route("record_attachment", "/v1/buckets/{bucket_id}/records/{record_id}/attachment")
    config.add_route("login_done", "/v1/login/done")
    config.scan("kvstore.views")
    config.scan("kvstore.plugins")
    logger.info("kvstore configured")
    return config.make_wsgi_app()
