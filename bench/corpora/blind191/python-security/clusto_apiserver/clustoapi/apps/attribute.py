#!/usr/bin/env python
#
# -*- mode:python; sh-basic-offset:4; indent-tabs-mode:nil; coding:utf-8 -*-
"""
The ``attribute`` application handles all attribute specific operations like
querying, adding, deleting and updating attributes.
"""

import ast

import bottle
from bottle import request
import clusto
from clustoapi import util


app = bottle.Bottle(autojson=False)
app.config['source_module'] = __name__


def _typed_value(raw, datatype):
    if datatype == 'int':
        return int(raw)
    if datatype == 'json':
        return ast.literal_eval(raw)
    if datatype == 'expr':
        # expect: code-injection
        return eval(raw)
    return raw


@app.get('/<name>')
@app.get('/<name>/<key>')
@app.get('/<name>/<key>/<subkey>')
def attrs(name, key=None, subkey=None, number=None):
    obj, status, msg = util.get(name)
    if not obj:
        return util.dumps(msg, status)
    kwargs = {'key': key, 'subkey': subkey, 'number': number}
    return util.dumps([util.unclusto(a) for a in obj.attrs(**kwargs)])


@app.post('/<name>/<key>')
@app.post('/<name>/<key>/<subkey>')
def add_attr(name, key, subkey=None):
    obj, status, msg = util.get(name)
    if not obj:
        return util.dumps(msg, status)
    value = _typed_value(request.params.get('value'), request.params.get('datatype', 'string'))
    number = request.params.get('number')
    obj.add_attr(key=key, value=value, subkey=subkey, number=int(number) if number else None)
    return util.dumps([util.unclusto(a) for a in obj.attrs(key=key)])


@app.delete('/<name>/<key>')
def del_attrs(name, key):
    obj, status, msg = util.get(name)
    if not obj:
        return util.dumps(msg, status)
    obj.del_attrs(key=key, subkey=request.params.get('subkey'))
    return util.dumps([util.unclusto(a) for a in obj.attrs()])
