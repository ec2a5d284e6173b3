"""A module that makes one instance of its class (`preview_finder = LinkPreviewFinder()`, as
Wagtail's embed finders are kept) and a view that calls its method with request data
(`preview_finder.find_embed(request.POST["url"])`): the view's file reported the call, but the
finder's own file, whose parameter the view feeds, did not report its sink — its callers were
looked for by the class's name only. A check of both reports the flow once, at the sink; a check of
the view alone, at its call. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

FINDERS = '''import requests

PROVIDERS = {"youtube.com": "https://www.youtube.com/oembed"}


class LinkPreviewFinder:
    def __init__(self, user_agent="site-preview/1.0"):
        self.headers = {"User-Agent": user_agent}

    def find_embed(self, url, max_width=None):
        resp = requests.get(url, headers=self.headers, timeout=10)
        return {"type": "link", "title": resp.text[:80], "url": url}


class OEmbedFinder:
    def find_embed(self, url, max_width=None):
        return requests.get(PROVIDERS["youtube.com"], params={"url": url}, timeout=10).json()


preview_finder = LinkPreviewFinder()
oembed_finder = OEmbedFinder()
'''

VIEWS = '''from django.http import JsonResponse
from django.views.decorators.http import require_POST

from embeds.finders import oembed_finder, preview_finder


@require_POST
def link_preview(request):
    return JsonResponse(preview_finder.find_embed(request.POST.get("url", "")))


@require_POST
def oembed(request):
    return JsonResponse(oembed_finder.find_embed(request.POST.get("url", "")))
'''


def test_the_method_of_a_module_s_instance_reports_its_sink_where_it_is(tmp_path: Path):
    found = taint_findings(tmp_path, {"embeds/finders.py": FINDERS, "embeds/views.py": VIEWS})
    # a check of the tree reports the flow once, at the finder's sink, as a function's; the oEmbed
    # finder sends the URL as a query parameter to a fixed host
    assert found == ["embeds/finders.py:11 tainted-ssrf"], found
    # the view checked alone (the editor's open file) still warns at its call
    assert taint_findings(tmp_path, {}, only="embeds/views.py") == ["embeds/views.py:9 tainted-ssrf"]
