"""ClickHouse connection for the analytics queries."""
import os
from functools import lru_cache

from clickhouse_driver import Client


@lru_cache(maxsize=1)
def ch_client() -> Client:
    return Client(
        host=os.environ.get("CLICKHOUSE_HOST", "localhost"),
        database=os.environ.get("CLICKHOUSE_DATABASE", "posthog"),
        user=os.environ.get("CLICKHOUSE_USER", "default"),
        password=os.environ.get("CLICKHOUSE_PASSWORD", ""),
    )
