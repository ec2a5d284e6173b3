import os
import shutil

from girder_data.utility.mongo import files_collection


class FilesystemAssetstoreAdapter:
    def __init__(self, root):
        self.assetstore_root = root

    def importFile(self, import_path):
        abs_path = os.path.join(self.assetstore_root, import_path)
        dest = os.path.join(self.assetstore_root, "imported", os.path.basename(import_path))
        # expect: path-traversal
        shutil.copyfile(abs_path, dest)
        return {"path": dest}

    def importFileConfined(self, import_path):
        root = os.path.realpath(self.assetstore_root)
        abs_path = os.path.realpath(os.path.join(root, import_path))
        if os.path.commonpath([abs_path, root]) != root:
            raise ValueError("Import path must be inside the assetstore root.")
        dest = os.path.join(root, "imported", os.path.basename(abs_path))
        shutil.copyfile(abs_path, dest)
        return {"path": dest}

    def readRange(self, file_id, offset):
        doc = files_collection().find_one({"_id": file_id})
        with open(os.path.join(self.assetstore_root, doc["path"]), "rb") as fh:
            fh.seek(int(offset))
            return fh.read()
