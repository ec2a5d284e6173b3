"""RQ jobs."""
from scanpipe.models import Project, Run
from scanpipe.pipes import fetch


def execute_pipeline_task(run_pk):
    run = Run.objects.get(pk=run_pk)
    for source in run.project.inputsources.filter(is_uploaded=False):
        fetch.fetch_url(source.download_url, run.project.input_path)
    run.execute()


def fetch_git_task(project_pk, repo_url, ref=None):
    project = Project.objects.get(pk=project_pk)
    if not ref:
        ref = "HEAD"
    fetch.fetch_git_repo(repo_url, ref, str(project.codebase_path))
