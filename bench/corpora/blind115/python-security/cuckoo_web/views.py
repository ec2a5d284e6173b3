from django.http import HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.shortcuts import redirect, render
from django.views import View

from . import submit, analyses
from .results import ResultRetriever

ALLOWED_PLATFORMS = {"windows", "linux", "android"}


def _platform_from(request):
    platform = request.POST.get("platform", "windows")
    return platform if platform in ALLOWED_PLATFORMS else "windows"


class Submission(View):
    def post(self, request):
        website = request.POST.get("website")
        if website:
            submit_id = submit.fetch_and_submit_url(website, platform=_platform_from(request))
        else:
            uploaded = request.FILES["file"]
            submit_id = submit.store_upload(uploaded.name, uploaded.read())
        return redirect("submission/settings", submit_id=submit_id)


class SubmissionSettings(View):
    def post(self, request, submit_id):
        options = {
            "timeout": int(request.POST.get("timeout", 120)),
            "package": request.POST.get("package", ""),
            "route": request.POST.get("route", "none"),
            "password": request.POST.get("password"),
        }
        analyses.create(submit_id, options)
        nxt = request.GET.get("next")
        if not nxt:
            nxt = "/analyses/"
        # expect: open-redirect
        return redirect(nxt)


class AnalysisExport(View):
    def get(self, request, analysis_id):
        retriever = ResultRetriever(analysis_id)
        name = request.GET.get("name", "report.json")
        data = retriever.read_file(name)
        if data is None:
            return HttpResponseNotFound()
        return JsonResponse({"name": name, "size": len(data)})


class AnalysisSearch(View):
    def get(self, request):
        term = request.GET.get("q", "")
        if not term:
            return HttpResponseBadRequest("empty query")
        rows = analyses.search_by_target(term)
        return render(request, "analyses/search.html", {"rows": rows, "term": term})
