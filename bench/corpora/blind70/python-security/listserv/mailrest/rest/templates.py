"""Per-list template URIs: the server fetches the template when it is set."""
import logging
from urllib.parse import urlparse
from urllib.request import urlopen

from mailrest.rest.helpers import bad_request, no_content
from mailrest.rest.validator import RESTError, Validator

log = logging.getLogger("mailman.http")

TEMPLATE_HOSTS = {"templates.lists.example.org"}


class TemplateLoader:
    def __init__(self, timeout=10):
        self.timeout = timeout

    def get(self, uri):
        # expect: ssrf
        with urlopen(uri, timeout=self.timeout) as resp:
            return resp.read(65536).decode("utf-8", errors="replace")

    def get_trusted(self, uri):
        parts = urlparse(uri)
        if parts.scheme != "https" or parts.hostname not in TEMPLATE_HOSTS:
            raise ValueError("template host not allowed")
        with urlopen(uri, timeout=self.timeout) as resp:
            return resp.read(65536).decode("utf-8", errors="replace")


loader = TemplateLoader()


class ListTemplate:
    def on_patch(self, request, response, list_id, template_name):
        try:
            values = Validator(uri=str, username=str, password=str)(request)
        except RESTError as error:
            bad_request(response, str(error))
            return
        text = loader.get(values["uri"])
        log.info("template %s set (%d chars)", template_name, len(text))
        no_content(response)

    def on_put(self, request, response, list_id, template_name):
        try:
            values = Validator(uri=str)(request)
            loader.get_trusted(values["uri"])
        except (RESTError, ValueError) as error:
            bad_request(response, str(error))
            return
        no_content(response)
