"""RSS feed import (Django class-based view + urllib3)."""
import urllib3
from django.http import JsonResponse
from django.views import View

http = urllib3.PoolManager()


class FeedImportView(View):
    def post(self, request):
        feed = request.POST["feed_url"].strip()
        # expect: ssrf
        resp = http.request("GET", feed, timeout=5.0)
        return JsonResponse({"bytes": len(resp.data)})
