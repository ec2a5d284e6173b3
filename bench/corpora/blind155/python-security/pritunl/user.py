"""Key files of one user inside an organization's data directory."""
import io
import logging
import os
import tarfile

from pritunl import settings, utils
from pritunl.mongo import get_collection

logger = logging.getLogger("pritunl.user")

PROFILE_EXT = (".ovpn", ".onc", ".conf")


class KeyFiles:
    def __init__(self, org, user):
        self.org = org
        self.user = user
        self.root = os.path.join(settings.conf.data_path, "organizations", org.id, "users")

    @classmethod
    def from_short_code(cls, short_code):
        doc = get_collection("users_key_link").find_one({"short_id": str(short_code)})
        if not doc:
            return None
        from pritunl import organization
        org = organization.get_by_id(doc["org_id"])
        return cls(org=org, user=org.get_user(doc["user_id"]))

    def _profile_paths(self):
        user_dir = os.path.join(self.root, self.user.id)
        return [os.path.join(user_dir, name) for name in sorted(os.listdir(user_dir))
                if name.endswith(PROFILE_EXT)]

    def build_archive(self):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            for path in self._profile_paths():
                tar.add(path, arcname=os.path.basename(path))
        return buf.getvalue()

    def read_profile(self, file_name):
        path = os.path.join(self.root, self.user.id, file_name)
        logger.debug("Reading profile %s", path)
        # expect: path-traversal
        with open(path, "r") as handle:
            return handle.read()

    def read_conf(self, file_name):
        name = utils.filter_str(os.path.basename(file_name))
        if not name.endswith(PROFILE_EXT):
            raise ValueError("not a profile")
        path = os.path.join(self.root, self.user.id, name)
        with open(path, "r") as handle:
            return handle.read()
