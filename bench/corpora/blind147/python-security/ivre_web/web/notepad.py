"""Per-host notes stored as DokuWiki pages."""
import logging
import os
import re

from bottle import HTTPError

from .. import config

log = logging.getLogger('ivre.web.notepad')

PAGE_RE = re.compile(r'^[a-z0-9_.:-]+$')


def _page_path(page):
    return os.path.join(config.WEB_NOTEPAD_PAGES, page.replace(':', '/') + '.txt')


def read_page(page):
    path = _page_path(page)
    if not os.path.exists(path):
        raise HTTPError(404, 'No such page')
    # expect: path-traversal
    with open(path, encoding='utf-8') as fdesc:
        return fdesc.read()


def write_page(page, content):
    if not PAGE_RE.match(page) or '..' in page:
        raise HTTPError(400, 'Invalid page name')
    path = _page_path(page)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as fdesc:
        fdesc.write(content)


def list_pages():
    root = config.WEB_NOTEPAD_PAGES
    pages = []
    for dirpath, _, files in os.walk(root):
        for fname in files:
            if fname.endswith('.txt'):
                rel = os.path.relpath(os.path.join(dirpath, fname), root)
                pages.append(rel[:-4].replace(os.sep, ':'))
    log.debug('%d notepad pages', len(pages))
    return sorted(pages)
