"""MongoDB connections for the catalogue service and the legacy stock database."""
import os

import pymongo
from pymongo import MongoClient

CATALOGUE_URI = os.environ["CATALOGUE_MONGO_URI"]


def catalogue_client():
    return MongoClient(CATALOGUE_URI, authMechanism="SCRAM-SHA-256", tls=True, serverSelectionTimeoutMS=5000)


def legacy_stock_client():
    # expect: weak-auth
    return pymongo.MongoClient(os.environ["STOCK_HOST"], 27017, username=os.environ["STOCK_USER"], password=os.environ["STOCK_PASSWORD"], authSource="stock", authMechanism="MONGODB-CR")


def reporting_client():
    return pymongo.MongoClient(os.environ["REPORTING_MONGO_URI"], authMechanism="SCRAM-SHA-1", tls=True)


def x509_client():
    return MongoClient(
        os.environ["AUDIT_MONGO_HOST"],
        tls=True,
        tlsCertificateKeyFile="/etc/catalogue/mongo-client.pem",
        authMechanism="MONGODB-X509",
    )


def archive_client():
    # expect: weak-auth
    return MongoClient(os.environ["ARCHIVE_MONGO_HOST"], username="archiver", password=os.environ["ARCHIVE_PASSWORD"], authMechanism="MONGODB-CR")


def products(client):
    return client["catalogue"]["products"]


def low_stock(client, threshold=5):
    return list(client["stock"]["items"].find({"quantity": {"$lt": threshold}}, {"_id": 0, "sku": 1}))
