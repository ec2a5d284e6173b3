"""Settings for the warehouse sync job."""
import os


class SyncSettings:
    # expect: useless-assignment
    batch_size = 500
    batch_size = int(os.environ.get("SYNC_BATCH_SIZE", "1000"))

    def __init__(self, env):
        self.env = env
        # expect: useless-assignment
        self.retries = 3
        self.retries = 5 if env == "prod" else 1
        self.endpoint = os.environ.get("SYNC_ENDPOINT", "https://sync.internal.example.com")


def build_headers(token):
    headers = {"User-Agent": "warehouse-sync/2.1"}
    # expect: useless-assignment
    headers["Accept"] = "application/xml"
    headers["Accept"] = "application/json"
    headers["Authorization"] = "Bearer " + token
    return headers


def read_timeout(config):
    # expect: useless-assignment
    timeout = 30
    timeout = config.get("timeout", 60)
    return float(timeout)


def normalise_sku(raw):
    sku = raw.strip()
    sku = sku.upper()
    return sku.replace(" ", "-")


def total_weight(items):
    weight = 0
    for item in items:
        weight += item.weight * item.quantity
    return weight


def region_for(country):
    if country in ("US", "CA"):
        region = "na"
    else:
        region = "row"
    return region
