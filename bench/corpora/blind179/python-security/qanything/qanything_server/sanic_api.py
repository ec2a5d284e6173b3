"""QAnything API server (Sanic): knowledge bases, uploads and chat."""
import os

from sanic import Sanic
from sanic.response import text
from sanic_ext import Extend

from qanything_server.handler import (
    chat,
    delete_docs,
    delete_knowledge_base,
    get_qa_info,
    list_docs,
    new_knowledge_base,
    upload_files,
    upload_weblink,
)
from connector.mysql_client import KnowledgeBaseManager

app = Sanic("QAnything")
app.config.REQUEST_MAX_SIZE = 400 * 1024 * 1024
app.config.CORS_ORIGINS = os.getenv("QANYTHING_CORS_ORIGINS", "http://localhost:8777")
Extend(app)


@app.before_server_start
async def init_local_doc_qa(app, loop):
    app.ctx.kb_manager = KnowledgeBaseManager(
        host=os.getenv("MYSQL_HOST", "127.0.0.1"),
        port=int(os.getenv("MYSQL_PORT", "3306")),
        user=os.getenv("MYSQL_USER", "qanything"),
        password=os.getenv("MYSQL_PASSWORD", ""),
        database=os.getenv("MYSQL_DATABASE", "qanything"),
    )


@app.route("/api/health", methods=["GET"])
async def health(request):
    return text("ok")


BASE = "/api/local_doc_qa"
app.add_route(new_knowledge_base, f"{BASE}/new_knowledge_base", methods=["POST"])
app.add_route(upload_files, f"{BASE}/upload_files", methods=["POST"])
app.add_route(upload_weblink, f"{BASE}/upload_weblink", methods=["POST"])
app.add_route(list_docs, f"{BASE}/list_files", methods=["POST"])
app.add_route(delete_docs, f"{BASE}/delete_files", methods=["POST"])
app.add_route(delete_knowledge_base, f"{BASE}/delete_knowledge_base", methods=["POST"])
app.add_route(chat, f"{BASE}/local_doc_chat", methods=["POST"])
app.add_route(get_qa_info, f"{BASE}/get_qa_info", methods=["POST"])


if __name__ == "__main__":
    app.run(host=os.getenv("QANYTHING_HOST", "127.0.0.1"), port=8777, workers=4, access_log=False)
