"""HTTP push transmitter: posts published items to the subscriber's fixed service."""
import requests

ASSETS_SERVICE = "https://assets.internal.example.net"


class HTTPPushService(object):

    def _transmit(self, queue_item, subscriber):
        item = queue_item["formatted_item"]
        media_id = str(queue_item["item_id"])
        requests.post(f"{ASSETS_SERVICE}/assets", data={"media_id": media_id}, timeout=(5, 30))
        requests.post(f"{ASSETS_SERVICE}/items", json={"item": item, "subscriber": str(subscriber["_id"])}, timeout=(5, 30))
