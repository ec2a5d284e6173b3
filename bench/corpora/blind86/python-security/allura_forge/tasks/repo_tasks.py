"""Tasks posted to the MonQ queue (``task.post(...)``) and run by the taskd."""
import shlex
import subprocess

from allura_forge.lib.decorators import task

CLONE_ROOT = "/srv/allura/import"


@task
def clone_remote(project_id, source_url, tool):
    dest = f"{CLONE_ROOT}/{project_id}"
    if tool == "svn":
        subprocess.check_call("svnsync init file://%s %s" % (dest, shlex.quote(source_url)), shell=True)
    else:
        # expect: command-injection
        subprocess.check_call("git clone --mirror %s %s" % (source_url, dest), shell=True)
