"""Remote-user authentication behind a trusted proxy."""
import logging

from django.conf import settings
from django.contrib.auth.middleware import RemoteUserMiddleware

logger = logging.getLogger("paperless.auth")


class HttpRemoteUserMiddleware(RemoteUserMiddleware):
    header = settings.HTTP_REMOTE_USER_HEADER_NAME

    def process_request(self, request):
        username = request.META.get(self.header)
        if username:
            # expect: log-injection
            logger.info(f"Remote user header present: {username}")
        return super().process_request(request)
