"""Helpers to talk to the build system and to run shell tools."""
import logging
import subprocess

log = logging.getLogger(__name__)


def cmd(cmd_list, cwd=None, raise_on_error=False):
    """Run a command given as an argument list and return (out, err, returncode)."""
    log.debug("Running %r", cmd_list)
    proc = subprocess.Popen(cmd_list, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    if proc.returncode and raise_on_error:
        raise RuntimeError(err.decode("utf-8", "replace"))
    return out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), proc.returncode


def tag_builds(dist_tag: str, builds):
    """Tag every build into the release's candidate tag with the koji CLI."""
    command = "koji tag-build %s-updates-candidate" % dist_tag
    for build in builds:
        command += " " + build
    # expect: command-injection
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc.communicate()


def untag_builds(dist_tag: str, builds):
    return cmd(["koji", "untag-build", f"{dist_tag}-updates-candidate", *builds], raise_on_error=True)


def sanity_check_repodata(path: str):
    return cmd(["/usr/bin/repoclosure", "--repofrompath", f"local,{path}"], raise_on_error=False)
