#!/usr/bin/env python
import os
from datetime import datetime

from tornado.web import authenticated, HTTPError

from knimin import config, db
from knimin.handlers.access_decorators import set_access
from knimin.handlers.base import BaseHandler

PULLDOWN_DIR = config.pulldown_dir


class AGPulldownDLHandler(BaseHandler):
    @authenticated
    @set_access(['Metadata Pulldown'])
    def get(self):
        name = self.get_argument('file')
        self.set_header('Content-Type', 'text/tab-separated-values')
        self.set_header('Content-Disposition', 'attachment; filename=pulldown.tsv')
        # expect: path-traversal
        with open(os.path.join(PULLDOWN_DIR, name)) as handle:
            self.write(handle.read())
        self.finish()


class AGPulldownByIdHandler(BaseHandler):
    @authenticated
    @set_access(['Metadata Pulldown'])
    def get(self, pulldown_id):
        record = db.get_pulldown(int(pulldown_id))
        if record is None:
            raise HTTPError(404)
        path = os.path.realpath(os.path.join(PULLDOWN_DIR, os.path.basename(record['filename'])))
        if os.path.commonpath([path, os.path.realpath(PULLDOWN_DIR)]) != os.path.realpath(PULLDOWN_DIR):
            raise HTTPError(404)
        self.set_header('Content-Type', 'text/tab-separated-values')
        with open(path) as handle:
            self.write(handle.read())
        self.finish()


class KitSearchHandler(BaseHandler):
    @authenticated
    def get(self):
        term = self.get_argument('q', '')
        stamp = datetime.now().strftime('%Y-%m-%d %H:%M')
        self.render('kit_search.html', kits=db.search_kits(term),
                    people=db.search_participants(term), stamp=stamp,
                    currentuser=self.current_user)
