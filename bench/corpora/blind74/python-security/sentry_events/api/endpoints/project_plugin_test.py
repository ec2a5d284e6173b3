"""POST /projects/{org}/{project}/plugins/webhooks/test/"""
from rest_framework import status

from ..base import Endpoint
from ...plugins.webhooks import WebHooksPlugin, split_urls


class ProjectWebhookTestEndpoint(Endpoint):
    def post(self, request, organization_slug, project_slug):
        urls = split_urls(request.data.get("urls", ""))
        if not urls:
            return self.respond({"detail": "No urls"}, status=status.HTTP_400_BAD_REQUEST)
        payload = {"project": project_slug, "message": "This is a test from Sentry"}
        results = WebHooksPlugin().send_test(urls, payload)
        return self.respond({"results": results})


class ProjectWebhookTestAllowedEndpoint(Endpoint):
    def post(self, request, organization_slug, project_slug):
        urls = split_urls(request.data.get("urls", ""))
        results = WebHooksPlugin().send_test_allowed(urls, {"project": project_slug})
        return self.respond({"results": results})
