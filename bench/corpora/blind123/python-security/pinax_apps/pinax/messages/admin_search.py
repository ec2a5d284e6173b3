"""Staff search over every thread (used by the admin dashboard)."""
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

from .models import Thread


@staff_member_required
def staff_thread_search(request):
    q = request.GET.get("q", "")
    threads = Thread.search_all(q)
    return JsonResponse({"threads": [t.pk for t in threads]})
