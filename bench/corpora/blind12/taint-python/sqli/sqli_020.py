# library: Flask + SQLAlchemy text()
"""SQLAlchemy text(): value from request (args.getlist)."""
import os

from flask import Flask, request
from sqlalchemy import create_engine, text


app = Flask(__name__)

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))


@app.get("/posts")
def posts_10():
    values = request.args.getlist("author")
    param = values[0] if values else ""
    bar = param
    with engine.connect() as conn:
        result = conn.execute(text("SELECT title FROM posts WHERE author = :author"), {"author": bar})
        titles = [row.title for row in result]
    return {"titles": titles}
