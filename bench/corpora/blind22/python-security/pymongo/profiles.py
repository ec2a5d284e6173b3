"""Profile search backed by MongoDB (pymongo)."""
import json
import re

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://mongo:27017", serverSelectionTimeoutMS=3000).profiles


@app.get("/profiles")
def search():
    city = request.args.get("city", "")
    docs = db.users.find({"city": city}, {"_id": 0, "name": 1})
    return jsonify(list(docs))


@app.get("/profiles/where")
def search_where():
    age = request.args.get("age", "0")
    # expect: nosql-injection
    docs = db.users.find({"$where": "this.age > " + age})
    return jsonify([d["name"] for d in docs])


@app.post("/profiles/query")
def search_query():
    # expect: nosql-injection
    docs = db.users.find(json.loads(request.data))
    return jsonify([d["name"] for d in docs])


@app.post("/profiles/login")
def login():
    body = request.get_json()
    # expect: nosql-injection
    user = db.users.find_one({"username": body["username"], "password_hash": body["password"]})
    strict = db.users.find_one({"username": str(body["username"])})
    return jsonify(ok=bool(user and strict))


@app.get("/profiles/prefix")
def prefix():
    p = request.args.get("p", "")
    docs = db.users.find({"name": {"$regex": "^" + re.escape(p)}})
    return jsonify([d["name"] for d in docs])


@app.get("/profiles/stats")
def stats():
    field = request.args.get("field", "city")
    pipeline = [{"$group": {"_id": "$" + field, "n": {"$sum": 1}}}]
    if field not in ("city", "country"):
        return jsonify(error="bad field"), 400
    return jsonify(list(db.users.aggregate(pipeline)))
