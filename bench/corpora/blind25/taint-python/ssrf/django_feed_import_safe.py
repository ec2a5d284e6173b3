"""RSS feed import (Django class-based view + urllib3), registered feeds only."""
import urllib3
from django.http import Http404, JsonResponse
from django.views import View

from feeds.models import Feed

http = urllib3.PoolManager()


class FeedImportView(View):
    def post(self, request):
        feed = Feed.objects.filter(pk=request.POST.get("feed_id")).first()
        if feed is None:
            raise Http404
        resp = http.request("GET", feed.url, timeout=5.0)
        return JsonResponse({"bytes": len(resp.data)})
