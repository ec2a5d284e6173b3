"""MongoDB clients for the reporting jobs."""
import os

import pymongo
from pymongo import MongoClient

MONGO_HOST = os.environ.get("MONGO_HOST", "mongo.internal")
MONGO_USER = os.environ.get("MONGO_USER", "reporting")
MONGO_PASSWORD = os.environ["MONGO_PASSWORD"]


def legacy_client():
    # expect: insecure-auth-mechanism
    return pymongo.MongoClient(MONGO_HOST, username=MONGO_USER, password=MONGO_PASSWORD, authMechanism='MONGODB-CR')


def archive_client():
    # expect: insecure-auth-mechanism
    return MongoClient(
        os.environ.get("ARCHIVE_HOST", "archive-mongo.internal"),
        27017,
        username=MONGO_USER,
        password=MONGO_PASSWORD,
        authSource="archive",
        authMechanism="MONGODB-CR",
    )


class ReportStore:
    def __init__(self):
        # expect: insecure-auth-mechanism
        self.client = MongoClient(host=MONGO_HOST, authMechanism="MONGODB-CR", username=MONGO_USER, password=MONGO_PASSWORD)
        self.db = self.client["reports"]

    def latest(self, kind):
        return self.db.runs.find_one({"kind": kind}, sort=[("created", pymongo.DESCENDING)])


def modern_client():
    return MongoClient(MONGO_HOST, username=MONGO_USER, password=MONGO_PASSWORD, authSource="admin", authMechanism="SCRAM-SHA-256")


def default_client():
    return pymongo.MongoClient(MONGO_HOST, username=MONGO_USER, password=MONGO_PASSWORD)


def x509_client():
    return MongoClient(MONGO_HOST, tls=True, tlsCertificateKeyFile="/etc/mongo/client.pem", authMechanism="MONGODB-X509")
