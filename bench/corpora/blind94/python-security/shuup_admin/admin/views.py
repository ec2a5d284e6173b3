import json

from django.http import HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import TemplateView, View

from shuup_admin.admin import picotable
from shuup_admin.importer.tasks import import_file


class PicotableListView(TemplateView):
    template_name = "shuup/admin/base_picotable.jinja"
    model = None
    default_columns = []

    def get(self, request, *args, **kwargs):
        if request.GET.get("jq"):
            settings = json.loads(request.GET["jq"])
            rows = picotable.query(self.model._meta.db_table, settings, request.picotable_sort)
            return JsonResponse({"items": rows})
        return super().get(request, *args, **kwargs)


class ProductListView(PicotableListView):
    model = None


class ProductSearchView(View):
    def get(self, request):
        filter_text = request.picotable_filter
        return JsonResponse({"items": picotable.search_products(request.shop.pk, filter_text)})


class ImportProcessView(View):
    def post(self, request):
        importer = request.POST.get("importer") or "product_importer"
        file_name = request.POST.get("n", "")
        import_file.delay(importer, file_name, request.shop.pk)
        return JsonResponse({"queued": True})


class SetShopView(View):
    def post(self, request):
        request.session["admin_shop"] = int(request.POST.get("shop", 0))
        next_url = request.POST.get("next", "")
        # expect: open-redirect
        return HttpResponseRedirect(next_url or "/sa/")


class LoginAsView(View):
    def post(self, request):
        next_url = request.POST.get("next") or "/"
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = "/"
        return HttpResponseRedirect(next_url)


class ScriptTemplatePreviewView(View):
    def post(self, request):
        from shuup_admin.notify.template import render_in_sandbox, render_preview

        body = json.loads(request.body or b"{}")
        source = body.get("template") or "{{ shop.name }}"
        context = {"shop": {"name": request.shop.name}}
        if body.get("sandbox", True):
            return JsonResponse({"html": render_in_sandbox(source, context)})
        return JsonResponse({"html": render_preview(source, context)})
