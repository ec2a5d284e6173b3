"""Renders the join script for a node from design documents."""
import logging
import shlex

import jinja2

LOG = logging.getLogger(__name__)

_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined)
_ENV.filters["shquote"] = shlex.quote

JOIN_TEMPLATE = """#!/usr/bin/env bash
set -ex
export NODE_HOSTNAME={{ hostname | shquote }}
export NODE_IP={{ ip | shquote }}
{% for label in labels %}echo {{ label | shquote }} >> /etc/promenade/labels
{% endfor %}
"""


def render_join_script(documents, hostname, ip, labels):
    LOG.debug("rendering join script from %d documents", len(documents))
    template = _ENV.from_string(JOIN_TEMPLATE)
    return template.render(hostname=hostname, ip=ip, labels=labels, documents=documents)


def document_kinds(documents):
    kinds = {}
    for doc in documents:
        if not doc:
            continue
        kind = doc.get("schema", "unknown")
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds
