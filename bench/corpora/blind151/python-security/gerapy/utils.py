"""Helpers: project files on disk, spider parsing and scrapyd clients."""
import json
import logging
import os
import shlex
import subprocess

from scrapyd_api import ScrapydAPI

logger = logging.getLogger(__name__)

PROJECTS_FOLDER = os.environ.get("GERAPY_PROJECTS", "/srv/gerapy/projects")


class ProjectFiles:
    root = PROJECTS_FOLDER

    def read(self, path, label):
        file_path = os.path.join(path, label)
        # expect: path-traversal
        with open(file_path, "r", encoding="utf-8") as f:
            return f.read()

    def read_checked(self, path, label):
        root = os.path.realpath(self.root)
        file_path = os.path.realpath(os.path.join(root, path, label))
        if os.path.commonpath([root, file_path]) != root:
            raise PermissionError(file_path)
        with open(file_path, "r", encoding="utf-8") as f:
            return f.read()


def parse_spider(project_name, spider_name, args):
    project_path = os.path.join(PROJECTS_FOLDER, os.path.basename(project_name))
    arg_str = " ".join(f"-a {k}={v}" for k, v in args.items())
    cmd = f"gerapy parse {arg_str} {project_path} {spider_name}"
    # expect: command-injection
    output = subprocess.check_output(cmd, shell=True, cwd=PROJECTS_FOLDER)
    return json.loads(output)


def parse_spider_argv(project_name, spider_name, args):
    project_path = os.path.join(PROJECTS_FOLDER, os.path.basename(project_name))
    argv = ["gerapy", "parse"]
    for k, v in args.items():
        argv += ["-a", f"{k}={v}"]
    argv += [project_path, spider_name]
    logger.debug("running %s", shlex.join(argv))
    return json.loads(subprocess.check_output(argv, cwd=PROJECTS_FOLDER))


def scrapyd_url(ip, port):
    return f"http://{ip}:{port}"


def get_scrapyd(client):
    # expect: ssrf
    return ScrapydAPI(scrapyd_url(client.ip, client.port), timeout=30)
