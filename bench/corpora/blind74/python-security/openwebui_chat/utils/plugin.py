"""Loads user-defined 'functions' (Python source stored in the database)."""
import importlib
import logging
import re
import subprocess
import sys
import types

log = logging.getLogger(__name__)

BUILTIN_FUNCTIONS = {"summarize", "translate", "word_count"}
FRONTMATTER_RE = re.compile(r'^\s*"""(.*?)"""', re.S)


def extract_frontmatter(content):
    match = FRONTMATTER_RE.match(content)
    meta = {}
    if match:
        for line in match.group(1).splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                meta[key.strip().lower()] = value.strip()
    return meta


def install_frontmatter_requirements(requirements):
    if not requirements:
        return
    log.info("installing requirements for a function")
    # expect: command-injection
    subprocess.check_call(f"{sys.executable} -m pip install {requirements}", shell=True)


def install_frontmatter_requirements_argv(requirements):
    names = [r.strip() for r in requirements.split(",") if re.fullmatch(r"[A-Za-z0-9_.\-]+(==[\w.]+)?", r.strip())]
    if names:
        subprocess.check_call([sys.executable, "-m", "pip", "install", *names])


def load_function_module_by_id(function_id, content):
    module = types.ModuleType(f"function_{function_id}")
    frontmatter = extract_frontmatter(content)
    install_frontmatter_requirements(frontmatter.get("requirements", ""))
    # expect: code-injection
    exec(content, module.__dict__)
    return module, frontmatter


def load_builtin_function(name):
    if name not in BUILTIN_FUNCTIONS:
        raise ValueError(f"unknown function {name}")
    return importlib.import_module(f"{__package__}.builtin.{name}")
