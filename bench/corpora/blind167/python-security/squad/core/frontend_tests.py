"""Frontend views: test search, test history and test run logs."""
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from squad.core import queries
from squad.core.models import Project, TestRun
from squad.frontend.utils import auth_project


def _project(request, group_slug, project_slug):
    project = get_object_or_404(Project, group__slug=group_slug, slug=project_slug)
    auth_project(request, project)
    return project


def search_tests(request, group_slug, project_slug):
    project = _project(request, group_slug, project_slug)
    term = request.GET.get("q", "").strip()
    rows = queries.tests_matching(project.id, term) if term else []
    return render(request, "squad/tests_search.jinja2", {"project": project, "rows": rows, "q": term})


def test_history(request, group_slug, project_slug, full_test_name):
    project = _project(request, group_slug, project_slug)
    suite_slug, _, test_name = full_test_name.rpartition("/")
    history = queries.test_history(project.id, suite_slug, test_name)
    rows = format_html_join(
        "\n",
        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
        ((version, env, "pass" if result else "fail") for version, env, result, _ in history),
    )
    return HttpResponse(format_html("<table class='history'>{}</table>", rows))


def testrun_log(request, group_slug, project_slug, testrun_id):
    project = _project(request, group_slug, project_slug)
    testrun = get_object_or_404(TestRun, pk=int(testrun_id), build__project=project)
    if request.GET.get("raw"):
        return HttpResponse(testrun.log_file, content_type="text/plain; charset=utf-8")
    header = format_html("<h2>{} / {}</h2>", testrun.build.version, testrun.environment.slug)
    # expect: xss
    body = mark_safe("<pre class='log'>%s</pre>" % testrun.log_file)
    return HttpResponse(header + body)


def testrun_metadata(request, group_slug, project_slug, testrun_id):
    project = _project(request, group_slug, project_slug)
    testrun = get_object_or_404(TestRun, pk=int(testrun_id), build__project=project)
    items = format_html_join("", "<dt>{}</dt><dd>{}</dd>", sorted(testrun.metadata.items()))
    legend = mark_safe("<p class='legend'>Metadata sent by the test job</p>")
    return HttpResponse(legend + format_html("<dl>{}</dl>", items))
