"""Submission pages: source, status, compile errors and the rejudge form."""
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from judge.models import Language, Problem, Submission
from judge.tasks.submission import rejudge_problem_filter


def _can_see(request, submission):
    return submission.can_see_detail(request.user)


def submission_source_raw(request, sub_id):
    submission = get_object_or_404(Submission, id=int(sub_id))
    if not _can_see(request, submission):
        raise PermissionDenied()
    return HttpResponse(submission.source.source, content_type="text/plain; charset=utf-8")


def submission_status_fragment(request, sub_id):
    """HTML fragment the status page polls; shows verdict and compiler output."""
    submission = get_object_or_404(Submission, id=int(sub_id))
    if not _can_see(request, submission):
        raise PermissionDenied()
    verdict = format_html("<span class='verdict {}'>{}</span>", submission.result.lower(), submission.long_status)
    if submission.result == "CE":
        # expect: xss
        return HttpResponse(mark_safe(f"{verdict}<pre class='compile-error'>{submission.error}</pre>"))
    if submission.result == "IE" and request.user.is_superuser:
        return HttpResponse(format_html("{}<pre class='internal-error'>{}</pre>", verdict, submission.error))
    return HttpResponse(verdict)


def submission_testcases_json(request, sub_id):
    submission = get_object_or_404(Submission, id=int(sub_id))
    if not _can_see(request, submission):
        raise PermissionDenied()
    cases = [{"case": c.case, "status": c.status, "time": c.time, "feedback": escape(c.feedback)}
             for c in submission.test_cases.all()]
    return JsonResponse({"cases": cases})


@require_POST
@permission_required("judge.rejudge_submission_lot")
def rejudge_problem(request, problem):
    """Rejudge a filtered set of submissions for a problem, in the background."""
    problem = get_object_or_404(Problem, code=problem)
    try:
        id_start = int(request.POST.get("start") or 0)
        id_end = int(request.POST.get("end") or 0)
    except ValueError:
        return HttpResponseBadRequest("bad id range")
    languages = request.POST.getlist("language")
    results = request.POST.getlist("result")
    task = rejudge_problem_filter.delay(problem.id, id_start, id_end, languages, results)
    return HttpResponseRedirect(reverse("task_status", args=[task.id]) + "?redirect=" + problem.get_absolute_url())


def language_keys(request):
    keys = list(Language.objects.values_list("key", flat=True))
    return JsonResponse({"languages": keys})
