"""MongoDB access for the staff directory."""
import os
import re

from pymongo import MongoClient

_client = MongoClient(os.environ.get("DIRECTORY_MONGO_URL", "mongodb://127.0.0.1:27017"))
people = _client.directory.people

PUBLIC_FIELDS = {"_id": 0, "name": 1, "team": 1, "title": 1}


def find_people(criteria):
    # expect: nosql-injection
    return list(people.find(criteria, PUBLIC_FIELDS).limit(50))


def find_by_team(team):
    return list(people.find({"team": str(team)}, PUBLIC_FIELDS).limit(50))


def find_by_name_prefix(prefix):
    return list(people.find({"name": {"$regex": "^" + re.escape(str(prefix))}}, PUBLIC_FIELDS).limit(50))


def find_with_where(expr):
    # expect: nosql-injection
    return list(people.find({"$where": expr}, PUBLIC_FIELDS).limit(50))
