"""URL and path helpers for channel import and export."""
import os

from six.moves.urllib.parse import urljoin

from django.conf import settings

DEFAULT_STUDIO_URL = "https://studio.learningequality.org"


def get_content_server_url(path, baseurl=None):
    if not baseurl:
        baseurl = getattr(settings, "CENTRAL_CONTENT_BASE_URL", DEFAULT_STUDIO_URL)
    return urljoin(baseurl, path)


def get_channel_lookup_url(identifier=None, baseurl=None, keyword=None):
    path = f"/api/public/v1/channels/lookup/{identifier}" if identifier else "/api/public/v1/channels"
    if keyword:
        path += f"?keyword={keyword}"
    return get_content_server_url(path, baseurl=baseurl)


def get_export_csv_path(facility_id, filename=None):
    folder = os.path.join(settings.KOLIBRI_HOME, "log_export")
    if filename is None:
        filename = f"{facility_id}_users.csv"
    return os.path.join(folder, filename)
