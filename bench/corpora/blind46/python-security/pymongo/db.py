"""MongoDB connections for the archive and the legacy CRM."""
import os

import pymongo
from pymongo import MongoClient as Client

ARCHIVE_HOST = os.environ.get("ARCHIVE_HOST", "archive.internal")

LEGACY_OPTS = {
    "username": os.environ.get("CRM_USER"),
    "password": os.environ.get("CRM_PASSWORD"),
    # expect: weak-auth
    "authMechanism": "MONGODB-CR",
    "authSource": "admin",
}


def archive_client():
    return pymongo.MongoClient(
        ARCHIVE_HOST,
        username=os.environ["ARCHIVE_USER"],
        password=os.environ["ARCHIVE_PASSWORD"],
        # expect: weak-auth
        authMechanism="MONGODB-CR",
    )


def crm_client():
    return Client("crm-db.internal", 27017, **LEGACY_OPTS)


def reports_client():
    # expect: weak-auth
    return Client(f"mongodb://{os.environ['RPT_USER']}:{os.environ['RPT_PASSWORD']}@reports.internal/?authMechanism=MONGODB-CR")


class Legacy:
    def connect(self, host):
        # expect: weak-auth
        return pymongo.MongoClient(host, authMechanism='MONGODB-CR', serverSelectionTimeoutMS=2000)


def analytics_client():
    return pymongo.MongoClient(
        "analytics.internal",
        username=os.environ["AN_USER"],
        password=os.environ["AN_PASSWORD"],
        authMechanism="SCRAM-SHA-256",
    )


def cert_client():
    return Client("secure.internal", tls=True, tlsCertificateKeyFile="/etc/mongo/client.pem", authMechanism="MONGODB-X509")
