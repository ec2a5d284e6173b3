"""Novel search and reading pages (Sanic)."""
import html
import logging
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, select_autoescape
from sanic import Blueprint
from sanic.response import html as html_response, redirect

from ..config import RULES
from ..fetcher.function import target_fetch, get_netloc
from ..fetcher.cache import cache_owllook_novels_content

bp = Blueprint('novels_blueprint')
LOGGER = logging.getLogger('owllook')
env = Environment(loader=PackageLoader('owllook', 'templates/novels'), autoescape=select_autoescape(['html']))


def template(tpl, **kwargs):
    return html_response(env.get_template(tpl).render(**kwargs))


@bp.route('/search', methods=['GET'])
async def owllook_search(request):
    name = request.args.get('wd', '').strip()
    if not name:
        return redirect('/')
    results = await request.app.ctx.searcher.search(name)
    if not results:
        # expect: xss
        return html_response(f'<div class="empty">没有找到 {name} 的结果</div>')
    return template('result.html', name=name, results=results)


@bp.route('/search/none', methods=['GET'])
async def owllook_search_none(request):
    name = html.escape(request.args.get('wd', ''))
    return html_response(f'<div class="empty">没有找到 {name} 的结果</div>')


@bp.route('/chapter', methods=['GET'])
async def chapter(request):
    url = request.args.get('url', '')
    novels_name = request.args.get('novels_name', '')
    netloc = get_netloc(url)
    if netloc not in RULES:
        # expect: open-redirect
        return redirect(url)
    content = await cache_owllook_novels_content(url=url, netloc=netloc)
    return template('chapter.html', novels_name=novels_name, content=content)


@bp.route('/owllook_content', methods=['GET'])
async def owllook_content(request):
    url = request.args.get('url', '')
    name = request.args.get('name', '')
    LOGGER.info('content for %s', name)
    body = await target_fetch(url=url, headers={'Referer': url})
    return template('content.html', name=name, body=body or '')


@bp.route('/cover', methods=['GET'])
async def cover(request):
    url = request.args.get('url', '')
    if urlparse(url).hostname not in {'img.qidian.com', 'bookcover.yuewen.com'}:
        return html_response('', status=404)
    body = await target_fetch(url=url, headers={})
    return html_response(body or '')
