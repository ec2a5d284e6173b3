from urllib.parse import quote

from girder_data.utility.mongo import files_collection


def file_name(file_id):
    doc = files_collection().find_one({"_id": file_id}, {"name": 1})
    return doc["name"] if doc else "download"


def disposition_header(disposition, name):
    return "%s; filename*=UTF-8''%s" % (disposition, quote(name))
