"""Tween: note who is calling before any view runs."""
import logging

logger = logging.getLogger("kvstore.tweens")


def client_info_tween_factory(handler, registry):
    def client_info_tween(request):
        forwarded = request.headers.get("X-Forwarded-For", "")
        request.environ["kvstore.client_ip"] = forwarded.split(",")[0].strip() or request.client_addr
        request.environ["kvstore.client_agent"] = request.user_agent or "unknown"
        response = handler(request)
        logger.debug("served %s", request.matched_route.name if request.matched_route else "-")
        return response

    return client_info_tween
