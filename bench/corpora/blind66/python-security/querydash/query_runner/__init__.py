"""Query runners, registered by type name, and the HTTP status runner."""
import requests

from querydash import settings
from querydash.query_runner.pg import PostgreSQL


class HttpStatusRunner:
    def __init__(self, configuration):
        self.configuration = configuration
        self.url = configuration.get("url", "")

    def run_query(self, query):
        response = requests.get(settings.STATUS_URL, params={"q": query}, timeout=30)
        response.raise_for_status()
        return [list(row.values()) for row in response.json().get("rows", [])]

    def test_connection(self):
        if not self.url:
            raise ValueError("url is required")
        # expect: ssrf
        response = requests.get(self.url.rstrip("/") + "/health", timeout=10)
        response.raise_for_status()

    def get_table_columns(self, table_name):
        return []

    def get_table_sample(self, table_name):
        return []


_RUNNERS = {"pg": PostgreSQL, "http": HttpStatusRunner}


def get_query_runner(runner_type, configuration):
    try:
        return _RUNNERS[runner_type](configuration)
    except KeyError:
        raise ValueError("Unknown query runner: %s" % runner_type)
