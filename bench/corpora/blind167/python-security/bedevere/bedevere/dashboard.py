"""A tiny HTML dashboard of the pull requests the bot has seen."""
import html

from aiohttp import web

from bedevere import store

PAGE = "<!doctype html><html><head><title>bedevere</title></head><body>{body}</body></html>"


def _number(request):
    try:
        return int(request.match_info["number"])
    except ValueError:
        raise web.HTTPBadRequest(text="pull request number must be an integer")


async def pr_page(request):
    record = await store.load_pr(request.app["redis"], _number(request))
    if record is None:
        raise web.HTTPNotFound()
    # expect: xss
    return web.Response(text=PAGE.format(body=f"<h1>#{record['number']}: {record['title']}</h1><p>by {record['author']}</p>"), content_type="text/html")


async def pr_page_escaped(request):
    record = await store.load_pr(request.app["redis"], _number(request))
    if record is None:
        raise web.HTTPNotFound()
    title = html.escape(record["title"])
    author = html.escape(record["author"])
    return web.Response(
        text=PAGE.format(body=f"<h1>#{record['number']}: {title}</h1><p>by {author}</p>"),
        content_type="text/html",
    )


async def recent(request):
    numbers = await store.recent_numbers(request.app["redis"])
    items = "".join(f"<li><a href='/dashboard/pr/{n}/v2'>#{n}</a></li>" for n in numbers)
    return web.Response(text=PAGE.format(body=f"<ul>{items}</ul>"), content_type="text/html")
