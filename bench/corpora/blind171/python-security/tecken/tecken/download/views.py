# This Source Code Form is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this
# file, You can obtain one at https://mozilla.org/MPL/2.0/.

import logging
from urllib.parse import quote

from django import http
from django.conf import settings
from django.views.decorators.http import require_http_methods

from tecken.download.lookup import SymbolDownloader

logger = logging.getLogger("tecken.download")
downloader = SymbolDownloader(settings.SYMBOL_URLS)


@require_http_methods(["GET", "HEAD"])
def download_symbol(request, debugfilename, debugid, filename):
    """Redirect to the bucket that holds the symbol file, or 404."""
    url = downloader.get_url(debugfilename, debugid, filename)
    if url is None:
        return http.HttpResponseNotFound("Symbol Not Found")
    if request.method == "HEAD":
        return http.HttpResponse()
    return http.HttpResponseRedirect(url)


@require_http_methods(["GET"])
def download_missing(request):
    """Old clients ask for a symbol by key; send them to the canonical URL."""
    key = request.GET.get("key", "")
    base = settings.SYMBOL_URLS[0].rstrip("/")
    return http.HttpResponseRedirect(f"{base}/{quote(key)}")
