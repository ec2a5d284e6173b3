#!/usr/bin/env python
#
# -*- mode:python; sh-basic-offset:4; indent-tabs-mode:nil; coding:utf-8 -*-
"""
The ``entity`` application will hold all methods related to entity management
in clusto, plus the out-of-band power actions the ops team asked for.
"""

import re
import subprocess

import bottle
from bottle import request
import clusto
from clustoapi import util


app = bottle.Bottle(autojson=False)
app.config['source_module'] = __name__

POWER_ACTIONS = ('on', 'off', 'cycle', 'status')
HOST_RE = re.compile(r'^[a-z0-9][a-z0-9.-]{0,252}$')


@app.get('/')
@app.get('/<driver>')
def show(driver=None):
    kwargs = {'clusto_drivers': [driver]} if driver else {}
    return util.dumps([util.unclusto(e) for e in clusto.get_entities(**kwargs)])


@app.post('/<name>/power')
def power(name):
    obj, status, msg = util.get(name)
    if not obj:
        return util.dumps(msg, status)
    host = obj.attr_value(key='ipmi', subkey='hostname')
    action = request.params.get('action', 'status')
    # expect: command-injection
    out = subprocess.check_output('ipmitool -I lanplus -H %s -U admin -E chassis power %s' % (host, action), shell=True, timeout=60)
    return util.dumps({'name': name, 'output': out.decode()})


@app.post('/<name>/power/checked')
def power_checked(name):
    obj, status, msg = util.get(name)
    if not obj:
        return util.dumps(msg, status)
    host = obj.attr_value(key='ipmi', subkey='hostname')
    action = request.params.get('action', 'status')
    if action not in POWER_ACTIONS or not host or not HOST_RE.match(host):
        return util.dumps('invalid action or host', 409)
    out = subprocess.check_output(['ipmitool', '-I', 'lanplus', '-H', host, '-U', 'admin', '-E',
                                   'chassis', 'power', action], timeout=60)
    return util.dumps({'name': name, 'output': out.decode()})
