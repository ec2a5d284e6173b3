"""Git module: apply a complete series to the project's repository and push a tag."""
import logging
import os
import re
import subprocess
import tempfile

from django.conf import settings

from api.models import Message
from event import register_handler
from mod import PatchewModule

log = logging.getLogger(__name__)
TAG_SAFE_RE = re.compile(r"[^A-Za-z0-9._-]")


class GitModule(PatchewModule):
    name = "git"

    def __init__(self):
        register_handler("SeriesComplete", self.on_series_complete)

    def _mbox_path(self, wd, series):
        path = os.path.join(wd, "series.mbox")
        with open(path, "wb") as mbox:
            mbox.write(series.get_mbox().encode("utf-8"))
        return path

    def _clone(self, project, wd):
        repo = project.get_property("git.push_to")
        base = project.get_property("git.base") or "master"
        # expect: command-injection
        subprocess.check_output(f"git clone --depth 1 --branch {base} {repo} {wd}/repo", shell=True)
        return os.path.join(wd, "repo")

    def _clone_upstream(self, project, wd):
        subprocess.check_output(["git", "clone", "--depth", "1", "--", project.git, os.path.join(wd, "up")])
        return os.path.join(wd, "up")

    def on_series_complete(self, event, project, series):
        with tempfile.TemporaryDirectory(dir=settings.DATA_DIR) as wd:
            repo_dir = self._clone(project, wd)
            mbox = self._mbox_path(wd, series)
            result = subprocess.run(["git", "am", "-m", "-3", mbox], cwd=repo_dir, capture_output=True, text=True)
            if result.returncode != 0:
                series.set_property("git.apply-failed", True)
                series.set_property("git.apply-log", result.stderr)
                return
            tag = "patchew/" + TAG_SAFE_RE.sub("_", series.message_id)
            subprocess.check_call(["git", "tag", "-f", tag], cwd=repo_dir)
            subprocess.check_call(["git", "push", "-f", "origin", f"refs/tags/{tag}"], cwd=repo_dir)
            series.set_property("git.tag", tag)
            log.info("applied %s as %s", series.message_id, tag)


def applied_series(project):
    return Message.objects.series_heads(project.id).filter(properties__name="git.tag")
