#!/usr/bin/env python
#
# -*- mode:python; sh-basic-offset:4; indent-tabs-mode:nil; coding:utf-8 -*-
"""Shared helpers: object lookup, serialisation, doc pages."""

import json
import os

import bottle
import clusto

DOCS_ROOT = os.path.join(os.path.dirname(os.path.realpath(__file__)), 'docs')
app = bottle.Bottle()


def get(name, driver=None):
    try:
        obj = clusto.get_by_name(name)
    except LookupError:
        return None, 404, 'Object "%s" not found' % name
    if driver and obj.driver != driver:
        return None, 409, 'The driver for object "%s" is not "%s"' % (name, driver)
    return obj, 200, None


def unclusto(obj):
    if isinstance(obj, clusto.drivers.base.Driver):
        return '/%s/%s' % (obj.type, obj.name)
    return str(obj)


def dumps(obj, code=200):
    bottle.response.content_type = 'application/json'
    bottle.response.status = code
    return json.dumps(obj, sort_keys=True, indent=2)


@app.get('/__doc__/<page:path>')
def doc_page(page):
    bottle.response.content_type = 'text/plain'
    # expect: path-traversal
    with open(os.path.join(DOCS_ROOT, page)) as handle:
        return handle.read()


@app.get('/__static__/<filename:path>')
def static(filename):
    return bottle.static_file(filename, root=DOCS_ROOT)
