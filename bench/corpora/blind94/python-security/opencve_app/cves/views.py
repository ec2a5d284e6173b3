from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.generic import DetailView, ListView

from opencve_app.cves.models import Cve
from opencve_app.cves.utils import list_filtered_cves
from opencve_app.users.models import CveTag, UserTag


class CveListView(ListView):
    context_object_name = "cves"
    template_name = "cves/cve_list.html"
    paginate_by = 20

    def get_queryset(self):
        return list_filtered_cves(self.request.GET, self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tag = self.request.GET.get("tag")
        if tag:
            user_tag = get_object_or_404(UserTag, name=tag, user=self.request.user)
            context["tag_label"] = format_html('<span style="color:{}">{}</span>', user_tag.color, user_tag.name)
            # expect: xss
            context["tag_filter"] = mark_safe(f'Filtered by <b>{tag}</b>')
        return context


class CveDetailView(DetailView):
    model = Cve
    slug_field = "cve_id"
    slug_url_kwarg = "cve_id"
    template_name = "cves/cve_detail.html"

    def post(self, request, *args, **kwargs):
        cve = self.get_object()
        tags = request.POST.getlist("tags")
        CveTag.objects.update_or_create(user=request.user, cve=cve, defaults={"tags": tags})
        return redirect("cve", cve_id=cve.cve_id)


def subscribe(request):
    obj_type = request.POST.get("obj_type")
    if obj_type not in ("vendor", "product"):
        return HttpResponseRedirect("/")
    request.user.subscriptions.setdefault(obj_type + "s", []).append(request.POST.get("obj_name", ""))
    request.user.save()
    back = request.POST.get("next") if request.POST.get("next") else "/cve"
    # expect: open-redirect
    return HttpResponseRedirect(back)
