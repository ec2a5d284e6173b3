import json
import os

import quart
import quart_cors
from markupsafe import escape
from quart import request

from .previews import fetch_preview, fetch_preview_allowed
from .store import TodoStore

app = quart_cors.cors(quart.Quart(__name__), allow_origin="https://chat.openai.com")
store = TodoStore(os.environ.get("TODO_DB", "todos.sqlite3"))
STATIC_DIR = os.path.join(os.path.dirname(__file__), "static")


@app.post("/todos/<string:username>")
async def add_todo(username):
    body = await quart.request.get_json(force=True)
    todo = body["todo"]
    store.add(username, todo)
    if todo.startswith("http://") or todo.startswith("https://"):
        app.add_background_task(fetch_preview, username, todo)
    else:
        app.add_background_task(fetch_preview_allowed, username, body.get("link", ""))
    return quart.Response(response="OK", status=200)


@app.get("/todos/<string:username>")
async def get_todos(username):
    return quart.Response(response=json.dumps(store.list(username)), status=200)


@app.get("/todos/<string:username>/search")
async def search_todos(username):
    term = request.args.get("q", "")
    return quart.Response(response=json.dumps(store.search(username, term)), status=200)


@app.delete("/todos/<string:username>")
async def delete_todo(username):
    body = await quart.request.get_json(force=True)
    todo_idx = int(body["todo_idx"])
    store.delete(username, todo_idx)
    return quart.Response(response="OK", status=200)


@app.get("/todos/<string:username>/page")
async def todos_page(username):
    items = "".join(f"<li>{todo}</li>" for todo in store.list(username))
    # expect: xss
    return quart.Response(f"<h1>{escape(username)}'s todos</h1><ul>{items}</ul>", content_type="text/html")


@app.get("/todos/<string:username>/page-safe")
async def todos_page_safe(username):
    items = "".join(f"<li>{escape(todo)}</li>" for todo in store.list(username))
    return quart.Response(f"<h1>{escape(username)}'s todos</h1><ul>{items}</ul>", content_type="text/html")


@app.get("/logo.png")
async def plugin_logo():
    variant = request.args.get("variant")
    if not variant:
        return await quart.send_file(os.path.join(STATIC_DIR, "logo.png"), mimetype="image/png")
    # expect: path-traversal
    return await quart.send_file(os.path.join(STATIC_DIR, variant), mimetype="image/png")


@app.get("/icons/<path:name>")
async def plugin_icon(name):
    return await quart.send_from_directory(STATIC_DIR, name)


@app.get("/.well-known/ai-plugin.json")
async def plugin_manifest():
    with open("./.well-known/ai-plugin.json") as f:
        text = f.read()
    return quart.Response(text, content_type="text/json")


def main():
    app.run(debug=False, host=os.environ.get("HOST", "127.0.0.1"), port=5003)


if __name__ == "__main__":
    main()
