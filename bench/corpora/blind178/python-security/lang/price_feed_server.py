"""XML-RPC server that partner shops call to push price updates to us."""
import logging
import os
# expect: xxe
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer

from .prices import apply_price_update, partner_for_key

log = logging.getLogger(__name__)


class PriceFeedHandler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)


class PriceFeed:
    def push(self, api_key, updates):
        partner = partner_for_key(api_key)
        if partner is None:
            raise PermissionError("unknown partner key")
        applied = 0
        for update in updates[:500]:
            apply_price_update(partner, update["sku"], int(update["price_cents"]))
            applied += 1
        log.info("partner %s pushed %d prices", partner.slug, applied)
        return applied

    def ping(self):
        return "pong"


def serve():
    host = os.environ.get("PRICE_FEED_HOST", "0.0.0.0")
    port = int(os.environ.get("PRICE_FEED_PORT", "8070"))
    with SimpleXMLRPCServer((host, port), requestHandler=PriceFeedHandler, allow_none=False, logRequests=False) as server:
        server.register_instance(PriceFeed())
        server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
