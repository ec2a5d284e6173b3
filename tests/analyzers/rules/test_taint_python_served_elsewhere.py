"""Request data of handlers the generic web-framework list does not name (issue 31): a Pecan
controller's exposed methods (`@pecan.expose`, as OpenStack's APIs write them), the methods a
JSON-RPC component exports to its clients (Deluge's `@export`, in a class; a module's `@export`,
filling `__all__`, serves nothing), and the JSON body plone.restapi's services read
(`json_body(self.request)`), a Falcon resource's responders (`def on_post(self, req, resp)`, in a module
that need not import falcon, as OpenStack Freezer's clients resource; Monasca's `def on_get(self, req, res)`,
whose reads of the request are a helper module's `get_query_param(req, "sort_by")`) and an Aspen page (Gratipay's
simplates: `request.body`) and a Morepath view registered on the project's own App class (OneGov's
`@OrgApp.json(model=..., name="import")`, in a module that imports only the app), and a discord.py bot's
commands (Red-DiscordBot's cogs: `@repo.command(name="add") async def _repo_add(self, ctx, name, repo_url)`). Where a helper of another module reaches the sink, the flow is
reported once, at that sink, as for Flask's views; a module-level `@export` function is no handler."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_taint_modules import repository

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

MARKERS = '''def export(func):
    func.exported = True
    return func
'''

NET = '''import urllib.request


def grab(target):
    with urllib.request.urlopen(target, timeout=10) as reply:
        return reply.read()


def refresh_feed(feed_url):
    with urllib.request.urlopen(feed_url, timeout=10) as reply:
        return reply.read()
'''

CORE = '''from rpc.markers import export
from rpc.net import grab

MIRRORS = {"main": "https://mirror.example.org/list"}


class CoreApi:
    @export
    def add_magnet_from_link(self, link, label=None):
        return {"size": len(grab(link)), "label": label}

    @export
    def add_from_mirror(self, mirror):
        return grab(MIRRORS.get(mirror, "https://mirror.example.org/list"))
'''

TOOLS = '''from rpc.markers import export
from rpc.net import refresh_feed


@export
def refresh(feed_url):
    return refresh_feed(feed_url)
'''

CONTROLLERS = '''import pecan
from pecan import rest

from api import hooks


class WebhooksController(rest.RestController):
    @pecan.expose("json")
    def put(self, hook_id, target=None):
        return {"id": hook_id, "status": hooks.ping(target)}
'''

HOOKS = '''import requests


def ping(address):
    return requests.post(address, json={"ping": True}, timeout=3).status_code
'''

SERVICES = '''from plone.restapi.deserializer import json_body
from plone.restapi.services import Service

from addon import archive


class ImportPost(Service):
    def reply(self):
        payload = json_body(self.request)
        return {"bytes": archive.unpack(payload["archive_name"])}
'''

ARCHIVE = '''import os

ROOT = "/var/lib/addon/archives"


def unpack(name):
    with open(os.path.join(ROOT, name), "rb") as fh:
        return len(fh.read())
'''

RESOURCES = '''import json

from agents import checks


class ClientsResource(object):
    def on_post(self, req, resp):
        info = json.loads(req.stream.read(req.content_length or 0))
        resp.body = json.dumps({"up": checks.ping_agent(info.get("endpoint", ""))})
'''

CHECKS = '''import requests


def ping_agent(endpoint):
    return requests.get(f"{endpoint}/v1/health", timeout=5).ok
'''

PAGE = '''from aspen import Response

from www import images


def handle(request, website, user):
    if not user.is_admin:
        raise Response(403)
    return {"image": images.fetch_image(request.body["image_url"])}
'''

IMAGES = '''import requests


def fetch_image(image_url):
    return requests.get(image_url, timeout=10).content
'''

ALARM_DEFINITIONS = '''from monitor.common import repository
from monitor.reference import helpers


class AlarmDefinitions:
    def __init__(self):
        self._repo = repository.AlarmDefinitionsRepository()

    def on_get(self, req, res):
        sort_by = helpers.get_query_param(req, "sort_by")
        res.media = self._repo.get_alarm_definitions(req.get_header("X-Tenant-Id"), sort_by=sort_by)
'''

HELPERS = '''def get_query_param(req, name, default_val=None):
    value = req.get_param(name)
    return value if value is not None else default_val
'''

REPOSITORY = '''import sqlite3


class AlarmDefinitionsRepository:
    def __init__(self):
        self._conn = sqlite3.connect("mon.db")

    def get_alarm_definitions(self, tenant_id, sort_by=None):
        order = sort_by or "id"
        return self._conn.execute(f"SELECT id FROM alarm_definition WHERE tenant_id = ? ORDER BY {order}", (tenant_id,)).fetchall()
'''

MOREPATH_VIEWS = '''from town.app import TownApp
from town.importer import EventImporter


class Occurrences:
    def __init__(self, session):
        self.session = session


@TownApp.json(model=Occurrences, name="import", request_method="POST")
def import_events(self, request):
    importer = EventImporter(self.session)
    return {"events": importer.fetch(request.POST.get("url")).count("BEGIN:VEVENT")}
'''

MOREPATH_IMPORTER = '''import requests


class EventImporter:
    def __init__(self, session):
        self.session = session

    def fetch(self, url):
        return requests.get(url, timeout=10).text
'''

COG = '''from redbot.core import commands

from cogs.repos import RepoManager


class Downloader(commands.Cog):
    def __init__(self, bot):
        self._repos = RepoManager()

    @commands.group()
    async def repo(self, ctx):
        """Repo management commands."""

    @repo.command(name="add")
    async def _repo_add(self, ctx, name: str, repo_url: str):
        await self._repos.add_repo(url=repo_url, name=name)
        await ctx.send("added")
'''

REPOS = '''import asyncio


class RepoManager:
    async def add_repo(self, url, name):
        proc = await asyncio.create_subprocess_shell(f"git clone {url} /data/repos/{name}")
        return await proc.wait()
'''

FILES = {"rpc/__init__.py": "", "rpc/markers.py": MARKERS, "rpc/net.py": NET, "rpc/core.py": CORE, "rpc/tools.py": TOOLS,
         "api/__init__.py": "", "api/controllers.py": CONTROLLERS, "api/hooks.py": HOOKS,
         "addon/__init__.py": "", "addon/services.py": SERVICES, "addon/archive.py": ARCHIVE,
         "agents/__init__.py": "", "agents/resources.py": RESOURCES, "agents/checks.py": CHECKS,
         "www/__init__.py": "", "www/edit.py": PAGE, "www/images.py": IMAGES,
         "monitor/__init__.py": "", "monitor/common/__init__.py": "", "monitor/common/repository.py": REPOSITORY,
         "monitor/reference/__init__.py": "", "monitor/reference/alarm_definitions.py": ALARM_DEFINITIONS,
         "monitor/reference/helpers.py": HELPERS,
         "town/__init__.py": "", "town/app.py": "import morepath\n\n\nclass TownApp(morepath.App):\n    pass\n",
         "town/views.py": MOREPATH_VIEWS, "town/importer.py": MOREPATH_IMPORTER,
         "cogs/__init__.py": "", "cogs/downloader.py": COG, "cogs/repos.py": REPOS}


@pytest.mark.parametrize("bulk_scan", [False, True], ids=["in process", "bulk scan"])
def test_flows_of_these_handlers_are_reported_once_at_the_sink(tmp_path, monkeypatch, bulk_scan):
    if bulk_scan and bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = repository(tmp_path / "app", FILES)
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    found = {(Path(r.path).as_posix(), f.span.end_line + 1, f.rule) for r in result.reports for f in r.findings
             if "/tainted-" in f.rule}
    assert found == {("rpc/net.py", 5, "python/security/tainted-ssrf"),
                     ("api/hooks.py", 5, "python/security/tainted-ssrf"),
                     ("addon/archive.py", 7, "python/security/tainted-path"),
                     ("agents/checks.py", 5, "python/security/tainted-ssrf"),
                     ("www/images.py", 5, "python/security/tainted-ssrf"),
                     ("monitor/common/repository.py", 10, "python/security/tainted-sql"),
                     ("town/importer.py", 9, "python/security/tainted-ssrf"),
                     ("cogs/repos.py", 6, "python/security/tainted-command")}
