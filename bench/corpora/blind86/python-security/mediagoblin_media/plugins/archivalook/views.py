"""Plugin views, hooked in through the plugin's ``routes`` list."""
import requests
from urllib.parse import urlencode

from mediagoblin_media.tools.response import render_to_response

ARCHIVE_API = "https://archive.example.org/api/search"


def featured_lookup(request):
    source = request.args.get("source", "")
    # expect: ssrf
    data = requests.get(source + "/featured.json", timeout=10).json()
    return render_to_response(request, "archivalook/featured.html", {"items": data})


def archive_search(request):
    query = urlencode({"q": request.args.get("q", "")})
    data = requests.get(ARCHIVE_API + "?" + query, timeout=10).json()
    return render_to_response(request, "archivalook/search.html", {"items": data})


routes = [
    ("mediagoblin.plugins.archivalook.featured", "/archivalook/featured", "mediagoblin_media.plugins.archivalook.views:featured_lookup"),
    ("mediagoblin.plugins.archivalook.search", "/archivalook/search", "mediagoblin_media.plugins.archivalook.views:archive_search"),
]
