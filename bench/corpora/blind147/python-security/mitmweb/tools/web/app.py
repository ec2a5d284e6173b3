"""mitmweb's Tornado handlers."""
import json
import logging
import os.path

import tornado.escape
import tornado.web

from ...io.flowdb import FlowDB
from ...io.dumps import FlowDumper

logger = logging.getLogger(__name__)


class RequestHandler(tornado.web.RequestHandler):
    @property
    def json(self):
        if not self.request.headers.get('Content-Type', '').startswith('application/json'):
            raise tornado.web.HTTPError(400, 'Invalid Content-Type, expected application/json.')
        try:
            return json.loads(self.request.body.decode())
        except Exception as e:
            raise tornado.web.HTTPError(400, f'Malformed JSON: {e}')

    @property
    def master(self):
        return self.application.master

    @property
    def flowdb(self) -> FlowDB:
        return self.application.flowdb


class FilterHelp(RequestHandler):
    def get(self):
        expr = self.get_argument('filter', '')
        self.set_header('Content-Type', 'text/html')
        # expect: xss
        self.write(f'<p>Invalid filter expression: <code>{expr}</code></p>')


class FilterPreview(RequestHandler):
    def get(self):
        expr = self.get_argument('filter', '')
        self.set_header('Content-Type', 'text/html')
        self.write(f'<p>Filter: <code>{tornado.escape.xhtml_escape(expr)}</code></p>')


class FlowsByIds(RequestHandler):
    def post(self):
        ids = self.json['ids']
        self.write({'flows': self.flowdb.flows_by_ids(ids)})


class FlowsByHost(RequestHandler):
    def get(self):
        host = self.get_argument('host')
        self.write({'flows': self.flowdb.flows_for_host(host)})


class DumpFlows(RequestHandler):
    def post(self):
        name = self.get_argument('filename', 'flows.mitm')
        dumper = FlowDumper(self.application.settings['dump_dir'])
        path = dumper.save(name, self.master.view)
        self.write({'path': path})


class DumpFlowsSafe(RequestHandler):
    def post(self):
        name = os.path.basename(self.get_argument('filename', 'flows.mitm'))
        dumper = FlowDumper(self.application.settings['dump_dir'])
        self.write({'path': dumper.save(name, self.master.view)})


class Application(tornado.web.Application):
    def __init__(self, master, dump_dir, debug=False):
        self.master = master
        self.flowdb = FlowDB(os.path.join(dump_dir, 'flows.sqlite'))
        super().__init__(
            [
                (r'/filter-help', FilterHelp),
                (r'/filter-preview', FilterPreview),
                (r'/flows/by-ids', FlowsByIds),
                (r'/flows/by-host', FlowsByHost),
                (r'/flows/dump', DumpFlows),
                (r'/flows/dump-safe', DumpFlowsSafe),
            ],
            dump_dir=dump_dir,
            xsrf_cookies=True,
            cookie_secret=os.urandom(256),
            debug=debug,
        )
