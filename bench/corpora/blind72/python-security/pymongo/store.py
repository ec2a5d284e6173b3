"""MongoDB connections for the analytics service."""
import os
from urllib.parse import quote_plus

import pymongo
from pymongo import MongoClient

MONGO_HOST = os.environ.get("MONGO_HOST", "mongo.internal")
USER = os.environ["MONGO_USER"]
PASSWORD = os.environ["MONGO_PASSWORD"]


def events_client():
    # expect: weak-auth
    return pymongo.MongoClient(MONGO_HOST, 27017, username=USER, password=PASSWORD, authMechanism="MONGODB-CR")


class LegacyArchive:
    def __init__(self, host=MONGO_HOST):
        self.client = MongoClient(
            host,
            username=USER,
            password=PASSWORD,
            authSource="admin",
            # expect: weak-auth
            authMechanism="MONGODB-CR",
        )

    def collection(self, name):
        return self.client["archive"][name]


def uri_client():
    uri = "mongodb://%s:%s@%s/?authMechanism=MONGODB-CR&authSource=admin" % (quote_plus(USER), quote_plus(PASSWORD), MONGO_HOST)
    # expect: weak-auth
    return MongoClient(uri)


def reporting_client():
    return MongoClient(MONGO_HOST, username=USER, password=PASSWORD, authMechanism="SCRAM-SHA-256", tls=True)


def default_client():
    return pymongo.MongoClient(f"mongodb://{quote_plus(USER)}:{quote_plus(PASSWORD)}@{MONGO_HOST}/?authSource=admin")


def x509_client():
    return MongoClient(MONGO_HOST, tls=True, tlsCertificateKeyFile="/etc/ssl/analytics.pem", authMechanism="MONGODB-X509")
