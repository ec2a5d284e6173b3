"""MongoDB clients for the reporting and archive clusters."""
import os

import pymongo
from pymongo import MongoClient

HOST = os.environ.get("MONGO_HOST", "localhost")
USER = os.environ.get("MONGO_USER", "reporter")
PASSWORD = os.environ["MONGO_PASSWORD"]


def reporting_client():
    return pymongo.MongoClient(HOST, username=USER, password=PASSWORD, authSource="reports", authMechanism="SCRAM-SHA-256")


def archive_client():
    # expect: weak-auth-mechanism
    return pymongo.MongoClient("archive.db.internal", username=USER, password=PASSWORD, authMechanism='MONGODB-CR')


def legacy_client():
    # expect: weak-auth-mechanism
    client = MongoClient(HOST, 27017, username=USER, password=PASSWORD, authSource="admin", authMechanism="MONGODB-CR")
    return client["legacy"]


def audit_client():
    # expect: weak-auth-mechanism
    return MongoClient(host=HOST, username="auditor", password=PASSWORD, authMechanism="MONGODB-CR", connect=False)


def x509_client():
    return MongoClient(HOST, tls=True, tlsCertificateKeyFile="/etc/mongo/client.pem", authMechanism="MONGODB-X509")


def default_client():
    return MongoClient(HOST, username=USER, password=PASSWORD)
