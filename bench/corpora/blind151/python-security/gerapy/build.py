"""Builds a project into an egg for scrapyd."""
import glob
import logging
import os
import subprocess

from .utils import PROJECTS_FOLDER

logger = logging.getLogger(__name__)


def build_project(project_name):
    project_path = os.path.join(PROJECTS_FOLDER, os.path.basename(project_name))
    subprocess.check_call(["python", "setup.py", "bdist_egg", "-d", "build"], cwd=project_path)
    return find_egg(project_name)


def find_egg(project_name):
    build_dir = os.path.join(PROJECTS_FOLDER, project_name, "build")
    eggs = sorted(glob.glob(os.path.join(build_dir, "*.egg")))
    if not eggs:
        raise FileNotFoundError(build_dir)
    return eggs[-1]


def egg_size(project_name):
    name = os.path.basename(project_name)
    path = find_egg(name)
    return os.path.getsize(path)


def list_projects():
    return sorted(d for d in os.listdir(PROJECTS_FOLDER) if os.path.isdir(os.path.join(PROJECTS_FOLDER, d)))
