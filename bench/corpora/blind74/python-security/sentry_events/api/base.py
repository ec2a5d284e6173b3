"""Endpoint base class: argument conversion before the handler runs."""
import logging

from rest_framework.response import Response
from rest_framework.views import APIView

logger = logging.getLogger("sentry.api")


class Endpoint(APIView):
    permission_classes = ()

    def convert_args(self, request, *args, **kwargs):
        return (args, kwargs)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.args, self.kwargs = self.convert_args(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs
        request = self.initialize_request(request, *args, **kwargs)
        self.request = request
        try:
            self.initial(request, *self.args, **self.kwargs)
            handler = getattr(self, request.method.lower(), self.http_method_not_allowed)
            response = handler(request, *self.args, **self.kwargs)
        except Exception as exc:
            response = self.handle_exception(exc)
        self.response = self.finalize_response(request, response, *self.args, **self.kwargs)
        return self.response

    def respond(self, context=None, **kwargs):
        return Response(context, **kwargs)
