# library: pymongo
import json
import re

from flask import Flask, abort, request
from pymongo import MongoClient

app = Flask(__name__)
tickets = MongoClient("mongodb://db:27017")["helpdesk"]["tickets"]


@app.get("/tickets/by-owner")
def by_owner():
    owner = request.args.get("owner", "")
    # expect: nosql-injection
    rows = tickets.find({"$where": f"this.owner == '{owner}'"})
    return {"items": [r["subject"] for r in rows]}


@app.get("/tickets/by-owner-safe")
def by_owner_safe():
    owner = request.args.get("owner", "")
    rows = tickets.find({"owner": str(owner)})
    return {"items": [r["subject"] for r in rows]}


@app.get("/tickets/stale")
def stale():
    return {"count": tickets.count_documents({"$where": "this.updated < this.created"})}


@app.post("/tickets/query")
def query():
    # expect: nosql-injection
    doc = tickets.find_one(json.loads(request.data))
    return {"found": doc is not None}


@app.get("/tickets/prefix")
def prefix():
    text = request.args.get("q", "")
    if len(text) > 40:
        abort(400)
    rows = tickets.find({"subject": {"$regex": "^" + re.escape(text)}})
    return {"items": [r["subject"] for r in rows]}
