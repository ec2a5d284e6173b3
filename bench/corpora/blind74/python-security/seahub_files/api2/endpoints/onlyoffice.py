"""Callback the document server calls when an edited file is saved."""
import json
import logging
from urllib.parse import urlparse

import requests
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger(__name__)

DOC_SERVER_HOST = urlparse(getattr(settings, "ONLYOFFICE_APIJS_URL", "https://office.example.org/")).netloc


def fetch_saved_document(url, timeout=30):
    """Download the document the editor saved."""
    # expect: ssrf
    resp = requests.get(url, timeout=timeout)
    resp.raise_for_status()
    return resp.content


def fetch_saved_document_pinned(url, timeout=30):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.netloc != DOC_SERVER_HOST:
        raise ValueError("unexpected document server")
    resp = requests.get(f"https://{DOC_SERVER_HOST}{parts.path}", timeout=timeout)
    resp.raise_for_status()
    return resp.content


@csrf_exempt
def onlyoffice_editor_callback(request):
    post_data = json.loads(request.body or b"{}")
    doc_status = post_data.get("status")
    if doc_status not in (2, 6):
        return JsonResponse({"error": 0})
    url = post_data.get("url", "")
    content = fetch_saved_document(url)
    logger.info("saved %d bytes from the document server", len(content))
    return JsonResponse({"error": 0})


@csrf_exempt
def onlyoffice_editor_callback_pinned(request):
    post_data = json.loads(request.body or b"{}")
    if post_data.get("status") not in (2, 6):
        return JsonResponse({"error": 0})
    try:
        content = fetch_saved_document_pinned(post_data.get("url", ""))
    except ValueError:
        return JsonResponse({"error": 1}, status=400)
    return JsonResponse({"error": 0, "size": len(content)})
