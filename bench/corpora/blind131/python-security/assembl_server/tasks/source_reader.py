import requests

from assembl_server.models import source as source_model
from assembl_server.tasks import celery

GRAPH_API = "https://graph.facebook.com/v2.12/"


@celery.task()
def read_source(source_id):
    source = source_model.ContentSource.get(source_id)
    if source.kind == "facebook":
        requests.get(GRAPH_API + str(source.fb_object_id) + "/feed", timeout=30)
        return
    # expect: ssrf
    feed = requests.get(source.url, timeout=30)
    source.store_feed(feed.text)
