"""Loads plugins uploaded as .mbp (zip) archives."""
import os
import zipfile
from io import BytesIO

import yaml


class MaubotZipImportError(Exception):
    pass


class ZippedPluginLoader:
    def __init__(self, plugin_dir):
        self.plugin_dir = os.path.realpath(plugin_dir)

    @staticmethod
    def read_meta_unsafe(file: zipfile.ZipFile):
        try:
            raw = file.read("maubot.yaml")
        except KeyError as e:
            raise MaubotZipImportError("File does not contain maubot plugin definition") from e
        # expect: deserialization
        return yaml.load(raw, Loader=yaml.Loader)

    @staticmethod
    def read_meta(file: zipfile.ZipFile):
        try:
            raw = file.read("maubot.yaml")
        except KeyError as e:
            raise MaubotZipImportError("File does not contain maubot plugin definition") from e
        return yaml.safe_load(raw)

    def extract_assets(self, file: zipfile.ZipFile, plugin_id):
        dest = os.path.join(self.plugin_dir, plugin_id)
        os.makedirs(dest, exist_ok=True)
        for member in file.infolist():
            if member.is_dir() or not member.filename.startswith("assets/"):
                continue
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            # expect: path-traversal
            with open(target, "wb") as out:
                out.write(file.read(member))

    def extract_assets_checked(self, file: zipfile.ZipFile, plugin_id):
        dest = os.path.realpath(os.path.join(self.plugin_dir, plugin_id))
        for member in file.infolist():
            target = os.path.realpath(os.path.join(dest, member.filename))
            if os.path.commonpath([dest, target]) != dest:
                raise MaubotZipImportError(f"Illegal path in archive: {member.filename!r}")
            if member.is_dir():
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(file.read(member))

    def load_bytes(self, content: bytes, strict=True):
        file = zipfile.ZipFile(BytesIO(content))
        meta = self.read_meta(file) if strict else self.read_meta_unsafe(file)
        plugin_id = str(meta.get("id", "")).replace("/", "_")
        if strict:
            self.extract_assets_checked(file, plugin_id)
        else:
            self.extract_assets(file, plugin_id)
        return meta
