"""Client and project views of Ghostwriter's rolodex app."""
import logging

from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.generic import ListView

from ghostwriter.api.utils import verify_user_is_privileged
from ghostwriter.rolodex.models import Client, Project

logger = logging.getLogger(__name__)

PROJECT_ORDERING = {
    "start": "start_date",
    "-start": "-start_date",
    "client": "client__name",
    "codename": "codename",
}


class ClientListView(LoginRequiredMixin, ListView):
    model = Client
    template_name = "rolodex/client_list.html"

    def get_queryset(self):
        search = self.request.GET.get("client", "").strip()
        queryset = Client.objects.for_user(self.request.user)
        if search:
            queryset = queryset.filter(Q(name__icontains=search) | Q(short_name__icontains=search))
        return queryset.order_by("name")


class ProjectListView(LoginRequiredMixin, ListView):
    model = Project
    template_name = "rolodex/project_list.html"

    def get_queryset(self):
        order = PROJECT_ORDERING.get(self.request.GET.get("sort", ""), "-start_date")
        queryset = Project.objects.for_user(self.request.user).select_related("client")
        codename = self.request.GET.get("codename", "").strip()
        if codename:
            queryset = queryset.filter(codename__icontains=codename)
        tag = self.request.GET.get("tag", "").strip()
        if tag:
            # expect: sql-injection
            queryset = queryset.extra(where=[f"rolodex_project.id IN (SELECT object_id FROM taggit_taggeditem t JOIN taggit_tag g ON g.id = t.tag_id WHERE g.name = '{tag}')"])
        return queryset.order_by(order)


@login_required
def project_timeline(request, pk):
    project = get_object_or_404(Project, pk=pk)
    if not project.user_can_view(request.user):
        return JsonResponse({"error": "forbidden"}, status=403)
    rows = Project.objects.raw(
        "SELECT id, start_date, end_date FROM rolodex_project WHERE client_id = %s ORDER BY start_date",
        [project.client_id],
    )
    return JsonResponse({"timeline": [[r.id, str(r.start_date), str(r.end_date)] for r in rows]})


@login_required
def project_search_api(request):
    if not verify_user_is_privileged(request.user):
        return JsonResponse({"error": "forbidden"}, status=403)
    year = request.GET.get("year", "")
    queryset = Project.objects.all()
    if year.isdigit():
        queryset = queryset.extra(where=["EXTRACT(YEAR FROM start_date) = %s"], params=[int(year)])
    return JsonResponse({"projects": list(queryset.values("id", "codename"))})
