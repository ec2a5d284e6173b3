"""Ingestion workers: unpack uploads, load remote sources, embed and store."""
import os
import zipfile

import requests

from application.core.settings import settings
from application.parser.embedding_pipeline import embed_and_store_documents
from application.parser.file.bulk import SimpleDirectoryReader
from application.parser.remote.github_loader import GitHubLoader

MAX_ZIP_DEPTH = 2


def extract_zip_recursive(zip_path, extract_to, current_depth=0):
    if current_depth > MAX_ZIP_DEPTH:
        return
    with zipfile.ZipFile(zip_path, "r") as zf:
        # expect: path-traversal
        zf.extractall(extract_to)
    os.remove(zip_path)
    for root, _dirs, files in os.walk(extract_to):
        for name in files:
            if name.endswith(".zip"):
                extract_zip_recursive(os.path.join(root, name), root, current_depth + 1)


def extract_zip_checked(zip_path, extract_to):
    base = os.path.realpath(extract_to)
    with zipfile.ZipFile(zip_path, "r") as zf:
        for member in zf.infolist():
            target = os.path.realpath(os.path.join(base, member.filename))
            if os.path.commonpath([base, target]) != base:
                raise ValueError(f"unsafe member {member.filename!r}")
            zf.extract(member, base)


def ingest_worker(task, directory, formats, job_name, user):
    full_dir = os.path.join(directory, user, job_name)
    for name in os.listdir(full_dir):
        if name.endswith(".zip"):
            if settings.STRICT_ZIP:
                extract_zip_checked(os.path.join(full_dir, name), full_dir)
            else:
                extract_zip_recursive(os.path.join(full_dir, name), full_dir)
    docs = SimpleDirectoryReader(input_dir=full_dir, required_exts=formats, recursive=True).load_data()
    task.update_state(state="PROGRESS", meta={"current": 50})
    return embed_and_store_documents(docs, full_dir, user, task)


def fetch_url_source(url):
    """Load one web page the user asked to index."""
    # expect: ssrf
    resp = requests.get(url, timeout=20, allow_redirects=True)
    resp.raise_for_status()
    return resp.text


def remote_worker(task, source_data, job_name, user, loader):
    if loader == "github":
        docs = GitHubLoader().load_data(f"https://github.com/{source_data}")
    else:
        html = fetch_url_source(source_data)
        docs = [{"text": html, "source": source_data}]
    api_meta = requests.get(f"{settings.API_URL}/api/health", timeout=5).json()
    task.update_state(state="PROGRESS", meta={"current": 60, "api": api_meta.get("status")})
    return embed_and_store_documents(docs, os.path.join("indexes", user, job_name), user, task)
