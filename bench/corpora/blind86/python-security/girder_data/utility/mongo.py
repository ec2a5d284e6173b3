import pymongo

_client = pymongo.MongoClient("mongodb://localhost:27017")


def files_collection():
    return _client.girder.file
