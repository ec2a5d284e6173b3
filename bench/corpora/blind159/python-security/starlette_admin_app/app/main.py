"""Starlette application with a starlette-admin back office."""
from markupsafe import escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route
from starlette_admin.contrib.sqla import Admin

from .db import engine, session_factory
from .models import Post
from .views import ArticleView, PostView

POST_PAGE = "<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


async def post_preview(request: Request) -> HTMLResponse:
    post_id = int(request.path_params["post_id"])
    with session_factory() as session:
        post = session.get(Post, post_id)
    if post is None:
        return HTMLResponse("not found", status_code=404)
    # expect: xss
    return HTMLResponse(POST_PAGE.format(title=escape(post.title), body=post.body))


async def post_preview_safe(request: Request) -> HTMLResponse:
    post_id = int(request.path_params["post_id"])
    with session_factory() as session:
        post = session.get(Post, post_id)
    if post is None:
        return HTMLResponse("not found", status_code=404)
    return HTMLResponse(POST_PAGE.format(title=escape(post.title), body=escape(post.body)))


async def health(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


app = Starlette(
    routes=[
        Route("/posts/{post_id:int}/preview", post_preview),
        Route("/posts/{post_id:int}/preview-safe", post_preview_safe),
        Route("/health", health),
    ]
)

admin = Admin(engine, title="Blog admin", base_url="/admin")
admin.add_view(PostView(Post, icon="fa fa-blog"))
admin.add_view(ArticleView(identity="article", label="Articles"))
admin.mount_to(app)
