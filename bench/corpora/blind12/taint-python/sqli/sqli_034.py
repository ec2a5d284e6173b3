# library: Flask + SQLAlchemy text()
"""SQLAlchemy text(): value from request (helper get_param)."""
import os

from flask import Flask, request
from sqlalchemy import create_engine, text

from .helpers.params import get_param


app = Flask(__name__)

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))


@app.get("/posts")
def posts_17():
    param = get_param(request, "status")
    bar = str(int(param))
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT title FROM posts WHERE author = '{bar}'"))
        titles = [row.title for row in result]
    return {"titles": titles}
