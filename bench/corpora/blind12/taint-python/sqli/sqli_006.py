# library: Flask + SQLAlchemy text()
"""SQLAlchemy text(): value from request (args.get default)."""
import os

from flask import Flask, request
from sqlalchemy import create_engine, text


app = Flask(__name__)

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))


@app.get("/posts")
def posts_3():
    param = request.args.get("category", "")
    num = 86
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "alice"
    with engine.connect() as conn:
        result = conn.execute(text("SELECT title FROM posts WHERE author = :author"), {"author": bar})
        titles = [row.title for row in result]
    return {"titles": titles}
