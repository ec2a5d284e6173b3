"""Settings read once from the environment."""
import os


def parse_boolean(value):
    return str(value).lower() in ("1", "true", "yes", "on")


COOKIE_SECRET = os.environ.get("QUERYDASH_COOKIE_SECRET", "")
SQLALCHEMY_DATABASE_URI = os.environ.get("QUERYDASH_DATABASE_URL", "postgresql:///querydash")
QUERY_RUNNERS = os.environ.get("QUERYDASH_ENABLED_QUERY_RUNNERS", "pg,http").split(",")
STATUS_URL = "https://status.internal.querydash.io/api/v1/ping"
EVENT_REPORTING_ENABLED = parse_boolean(os.environ.get("QUERYDASH_EVENT_REPORTING", "true"))
DEFAULT_EXPORT_NAME = "query_results"
# Raw schema browsing was removed in 8.0; left as a switch for old installs.
ALLOW_RAW_SCHEMA_SQL = False
