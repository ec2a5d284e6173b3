import os
import subprocess

import requests

PACKS_BASE = "/opt/stackstorm/packs"
INDEX_URL = "https://index.stackstorm.org/v1/index.json"


def read_pack_file(ref, file_path):
    pack_dir = os.path.join(PACKS_BASE, os.path.basename(ref))
    target = os.path.join(pack_dir, file_path)
    if not os.path.isfile(target):
        return None
    # expect: path-traversal
    with open(target) as fp:
        return fp.read()


def _resolve(pack):
    if pack.startswith("https://") or pack.startswith("git@"):
        return pack
    index = requests.get(INDEX_URL, timeout=10).json()
    return index["packs"][pack]["repo_url"]


def install_packs(packs, force=False):
    results = []
    for pack in packs:
        repo_url = _resolve(pack)
        dest = os.path.join(PACKS_BASE, os.path.basename(repo_url).replace(".git", ""))
        subprocess.run(["git", "clone", "--depth", "1", repo_url, dest], check=False, timeout=300)
        results.append(dest)
    return results
