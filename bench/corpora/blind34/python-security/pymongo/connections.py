"""MongoDB connections for the legacy inventory cluster and the analytics replica set."""
import os

import pymongo
from pymongo import MongoClient
from pymongo import MongoClient as Mongo

INVENTORY_HOST = os.environ.get("INVENTORY_MONGO_HOST", "mongo-legacy.internal")
LEGACY_AUTH = "MONGODB-CR"


def inventory_client():
    # expect: weak-crypto
    return pymongo.MongoClient(INVENTORY_HOST, 27017, username=os.environ["INV_USER"], password=os.environ["INV_PASS"], authMechanism="MONGODB-CR")


def archive_client(user, password):
    return MongoClient(
        "mongo-archive.internal",
        username=user,
        password=password,
        # expect: weak-crypto
        authMechanism=LEGACY_AUTH,
        authSource="admin",
    )


class ReportingStore:
    def __init__(self, settings):
        # expect: weak-crypto
        self.client = Mongo(settings.reporting_host, username=settings.user, password=settings.password, authMechanism='MONGODB-CR')
        self.db = self.client.reporting


def from_uri(user, password, host):
    # expect: weak-crypto
    return MongoClient(f"mongodb://{user}:{password}@{host}/inventory?authSource=admin&authMechanism=MONGODB-CR")


def analytics_client():
    return MongoClient(
        "mongo-analytics.internal",
        username=os.environ["ANALYTICS_USER"],
        password=os.environ["ANALYTICS_PASS"],
        authMechanism="SCRAM-SHA-256",
    )


def local_client():
    return pymongo.MongoClient("mongodb://localhost:27017/")
