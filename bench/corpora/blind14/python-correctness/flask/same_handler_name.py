# library: Flask (view function names)
"""Blog views."""
from flask import Flask, jsonify, render_template

from .models import Post

app = Flask(__name__)


@app.get("/posts")
def list_posts():
    return render_template("posts/list.html", posts=Post.query.all())


@app.get("/posts/<int:post_id>")
def show_post(post_id):
    return render_template("posts/show.html", post=Post.query.get_or_404(post_id))


@app.get("/api/posts")
# expect: duplicate-handler
def list_posts():
    return jsonify([p.to_dict() for p in Post.query.all()])


@app.get("/api/posts/<int:post_id>", endpoint="api_show_post")
def show_post_json(post_id):
    return jsonify(Post.query.get_or_404(post_id).to_dict())
