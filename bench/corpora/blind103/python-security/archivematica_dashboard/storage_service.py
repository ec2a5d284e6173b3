import requests
from django.conf import settings


class StorageServiceClient:
    def __init__(self, base_url=None, user=None, api_key=None):
        self.base_url = base_url or settings.STORAGE_SERVICE_URL
        self.auth = (user or settings.SS_USER, api_key or settings.SS_API_KEY)

    def browse_location(self, location_uuid, path_b64):
        url = "%s/api/v2/location/%s/browse/" % (self.base_url, location_uuid)
        return requests.get(url, params={"path": path_b64}, auth=self.auth, timeout=60).json()

    def fetch_remote(self, url):
        # expect: ssrf
        return requests.get(url, auth=self.auth, timeout=60).content


def client_for(pipeline_url=None):
    return StorageServiceClient(base_url=pipeline_url)
