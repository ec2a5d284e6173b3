"""Problem data editor: authors upload a zip of test cases and configure the cases."""
import os

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import View

from judge.models import Problem, ProblemData
from judge.utils.problem_data import ProblemDataCompiler, extract_archive, load_custom_init


class ProblemManagerMixin(LoginRequiredMixin):
    def get_problem(self, code):
        problem = get_object_or_404(Problem, code=code)
        if not problem.is_editable_by(self.request.user):
            raise PermissionDenied()
        return problem


class ProblemDataUploadView(ProblemManagerMixin, View):
    """POST a zip (and optionally a hand-written init.yml) for a problem."""

    def post(self, request, problem):
        problem = self.get_problem(problem)
        data, _ = ProblemData.objects.get_or_create(problem=problem)
        archive = request.FILES.get("zipfile")
        if archive is not None:
            data.zipfile.save(f"{problem.code}.zip", archive, save=True)
            extract_archive(data.zipfile.path, os.path.join(settings.DMOJ_PROBLEM_DATA_ROOT, problem.code))
        custom = request.FILES.get("custom_init")
        if custom is not None:
            config = load_custom_init(custom.read().decode("utf-8"))
            data.output_limit = config.get("output_limit_length")
            data.save()
        else:
            ProblemDataCompiler.generate(problem, data, data.cases.order_by("order"))
        return HttpResponseRedirect(reverse("problem_data", args=[problem.code]))


class ProblemDataFileView(ProblemManagerMixin, View):
    """Download one file out of the extracted test data (for the case editor)."""

    def get(self, request, problem, path):
        problem = self.get_problem(problem)
        root = os.path.realpath(os.path.join(settings.DMOJ_PROBLEM_DATA_ROOT, problem.code))
        target = os.path.realpath(os.path.join(root, path))
        if os.path.commonpath([root, target]) != root or not os.path.isfile(target):
            raise Http404()
        return FileResponse(open(target, "rb"), as_attachment=True)


class ProblemDataInitView(ProblemManagerMixin, View):
    """Show the generated init.yml as plain text."""

    def get(self, request, problem):
        problem = self.get_problem(problem)
        path = os.path.join(settings.DMOJ_PROBLEM_DATA_ROOT, problem.code, "init.yml")
        if not os.path.exists(path):
            raise Http404()
        return FileResponse(open(path, "rb"), content_type="text/plain")
