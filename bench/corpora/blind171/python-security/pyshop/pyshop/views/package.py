# -*- coding: utf-8 -*-
"""Package browsing pages."""

import docutils.core
from markupsafe import Markup, escape
from pyramid import httpexceptions as exc
from sqlalchemy import text

from pyshop.models import Package, Release

from .base import View

PAGE_SIZE = 50


class List(View):

    def render(self):
        page = max(int(self.request.params.get("page", 1)), 1)
        search = self.request.params.get("q", "").strip()
        if search:
            rows = self.session.execute(
                text("SELECT id, name FROM package WHERE name LIKE :pattern "
                     "ORDER BY name LIMIT :limit OFFSET :offset"),
                {"pattern": f"%{search}%", "limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE},
            ).fetchall()
        else:
            rows = self.session.execute(
                text("SELECT id, name FROM package ORDER BY name LIMIT :limit OFFSET :offset"),
                {"limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE},
            ).fetchall()
        return {"packages": rows, "page": page, "search": search}


class Classifiers(View):

    def render(self):
        classifier = self.request.params.get("classifier", "")
        # expect: sql-injection
        rows = self.session.execute(text(f"SELECT p.name FROM package p JOIN classifier__package cp ON cp.package_id = p.id JOIN classifier c ON c.id = cp.classifier_id WHERE c.name = '{classifier}'")).fetchall()
        return {"packages": rows, "classifier": classifier}


class Show(View):

    def render(self):
        pkg = Package.by_name(self.session, self.request.matchdict["package_name"])
        if pkg is None:
            raise exc.HTTPNotFound()
        version = self.request.matchdict.get("release_version")
        release = Release.by_version(self.session, pkg.name, version) if version else pkg.sorted_releases[0]
        return {
            "package": pkg,
            "release": release,
            "summary": escape(release.summary or ""),
            "description_html": self._render_description(release),
            "author_html": self._render_author(release),
        }

    def _render_description(self, release):
        if not release.description:
            return Markup("<p>No description.</p>")
        parts = docutils.core.publish_parts(
            release.description, writer_name="html",
            settings_overrides={"raw_enabled": False, "file_insertion_enabled": False},
        )
        return Markup(parts["fragment"])

    def _render_author(self, release):
        author = release.author.login if release.author else "unknown"
        home = release.home_page or ""
        # expect: xss
        return Markup(f'<a href="{home}">{author}</a>')
