"""The Chroma side of the index: ids and vectors only (text and symbols live in SQLite).

An embedded ``PersistentClient`` under ``.postil/index/chroma`` holds the workspace's own
vectors; an ``HttpClient`` reaches a team server (``chroma run``, see ``team``). We always pass our own
vectors; the collection gets an embedding function that refuses to run, so Chroma
never reaches for its default model (which downloads on first use).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlparse

# The most one answer of a team server may hold once decoded: a page of pack pieces is a few MB.
MAX_ANSWER = 64 << 20


class StoreError(RuntimeError):
    """The vector store cannot be opened or used (corrupt files, server down)."""


class StoreUnavailable(StoreError):
    """The environment, not the store, is at fault (chromadb does not import, no
    permission, a full disk): say so and leave the index as it is."""


def _external_ef():
    from chromadb.api.types import EmbeddingFunction

    class ExternalEmbeddings(EmbeddingFunction):
        """postil computes every vector itself; being called is a bug."""

        def __init__(self) -> None:
            pass

        def __call__(self, input):
            raise RuntimeError("postil passes its own embeddings")

        @staticmethod
        def name() -> str:
            return "postil-external"

        def get_config(self) -> dict:
            return {}

        @staticmethod
        def build_from_config(config: dict) -> ExternalEmbeddings:
            return ExternalEmbeddings()

        def is_legacy(self) -> bool:
            return False

    return ExternalEmbeddings()


def _settings():
    import chromadb

    return chromadb.Settings(anonymized_telemetry=False, allow_reset=False)


@dataclass(frozen=True)
class ChromaServer:
    """A Chroma server: a ``chroma run`` (``url``), or a managed Chroma (Chroma Cloud) with its
    tenant, database and an API key read from the environment variable named ``api_key_env``
    (a config file names the variable, never holds the key)."""

    url: str
    tenant: str | None = None
    database: str | None = None
    api_key_env: str | None = None

    def api_key(self) -> str | None:
        if not self.api_key_env:
            return None
        key = os.environ.get(self.api_key_env, "").strip()
        if not key:
            raise StoreUnavailable(f"index.chroma-api-key-env names ${self.api_key_env}, which is not set: export "
                                   "the Chroma API key in that variable (a config file never holds the key)")
        return key

    def address(self) -> tuple[str, int, bool]:
        """(host, port, TLS) of the server."""
        parsed = urlparse(self.url if "://" in self.url else f"http://{self.url}")
        ssl = parsed.scheme == "https"
        return parsed.hostname or "127.0.0.1", parsed.port or (443 if ssl else 8000), ssl

    def client(self, settings):
        """The chromadb client: CloudClient when there is an API key, else HttpClient; each
        request bounded in time and its answer in size (chroma_bounded: chromadb's are not)."""
        import chromadb

        from postil.rag.chroma_bounded import bound_http_clients

        bound_http_clients(READ_SECONDS, CONNECT_SECONDS, MAX_ANSWER, ANSWER_SECONDS)
        host, port, ssl = self.address()
        key = self.api_key()
        if key is not None:
            return chromadb.CloudClient(tenant=self.tenant, database=self.database, api_key=key, settings=settings,
                                        cloud_host=host, cloud_port=port, enable_ssl=ssl)
        scope = {k: v for k, v in (("tenant", self.tenant), ("database", self.database)) if v}
        return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings, **scope)


# Seconds a team Chroma server may take to accept a connection, and to answer each read or write;
# and to send the whole of one answer.
CONNECT_SECONDS, READ_SECONDS, ANSWER_SECONDS = 10.0, 60.0, 300.0


def _read_capped(response, what: str) -> bytes:
    """A streamed answer's body as decoded, refused past ``MAX_ANSWER`` bytes (an answer
    sent compressed can claim gigabytes) or ``ANSWER_SECONDS`` (one sent a byte at a time)."""
    from postil.core.bounded_read import AnswerTooLong, read_within

    try:
        return read_within(response, MAX_ANSWER, ANSWER_SECONDS)
    except AnswerTooLong as exc:
        raise StoreError(f"vector store {what} failed: the server's answer was {exc}") from None


class ChromaReader:
    """Reads a Chroma server through its REST API (v2) with httpx, as chromadb's HttpClient
    and CloudClient call it (same routes, tenant and database, the API key in the
    ``x-chroma-token`` header), without importing chromadb (~0.8 s): what a clone reading a
    team index needs. Every failure, and any answer that is not the API's, is a StoreError."""

    def __init__(self, server: ChromaServer) -> None:
        import httpx

        host, port, ssl = server.address()
        self.server = server
        self.base = f"{'https' if ssl else 'http'}://{host}:{port}/api/v2"
        self.http = httpx.Client(timeout=httpx.Timeout(READ_SECONDS, connect=CONNECT_SECONDS), headers=_auth_headers(server),
                                 verify=_ssl_verify() if ssl else False)  # plain HTTP: no CA bundle to load
        self._scope: str | None = None

    def close(self) -> None:
        self.http.close()

    def _call(self, what: str, method: str, path: str, body: dict | None = None, absent_ok: bool = False):
        import httpx

        try:
            with self.http.stream(method, self.base + path, json=body) as response:
                if absent_ok and response.status_code == 404:
                    return None
                data = _read_capped(response, what)
        except httpx.HTTPError as exc:
            raise StoreError(f"vector store {what} failed: {type(exc).__name__}: {exc}") from None
        try:
            answer = json.loads(data)
        except (ValueError, RecursionError):  # (JSON nested past the interpreter's limit)
            answer = None
        if response.status_code != 200:
            detail = answer.get("message") or answer.get("error") if isinstance(answer, dict) else None
            raise StoreError(f"vector store {what} failed: HTTP {response.status_code}"
                             f"{': ' + str(detail)[:200] if detail else ''}")
        if answer is None:
            raise StoreError(f"vector store {what} failed: the server's answer is not JSON")
        return answer

    def scope(self) -> str:
        """``/tenants/T/databases/D``: the configured ones, else (with a key) the only ones the
        key gives access to, else Chroma's defaults."""
        if self._scope is None:
            tenant, database = self.server.tenant, self.server.database
            if self.server.api_key_env and not (tenant and database):  # as chromadb's CloudClient resolves them
                who = self._call("open", "GET", "/auth/identity")
                who = who if isinstance(who, dict) else {}
                databases = set(who.get("databases") or ()) if isinstance(who.get("databases"), list) else set()
                if not tenant and isinstance(who.get("tenant"), str) and who["tenant"] != "*":
                    tenant = who["tenant"]
                if not database and len(databases) == 1 and "*" not in databases:
                    database = str(databases.pop())
            self._scope = f"/tenants/{quote(tenant or 'default_tenant', safe='')}/databases/" \
                          f"{quote(database or 'default_database', safe='')}"
        return self._scope

    def collection(self, name: str) -> str | None:
        """The id of collection ``name``; None when it does not exist."""
        found = self._call("open", "GET", f"{self.scope()}/collections/{quote(name, safe='')}", absent_ok=True)
        if found is None:
            return None
        if not isinstance(found, dict) or not isinstance(found.get("id"), str):
            raise StoreError("vector store open failed: the server's answer is not a collection")
        return found["id"]

    def max_batch(self) -> int:
        found = self._call("open", "GET", "/pre-flight-checks")
        size = found.get("max_batch_size") if isinstance(found, dict) else None
        if not isinstance(size, int) or size <= 0:
            raise StoreError("vector store open failed: the server names no batch size")
        return size

    def get(self, collection: str, include: list[str], ids: list[str] | None = None, limit: int | None = None,
            offset: int | None = None) -> dict:
        got = self._call("read", "POST", f"{self.scope()}/collections/{collection}/get",
                         {"ids": ids, "limit": limit, "offset": offset, "include": include})
        return _checked(got, "ids", include, nested=False)

    def query(self, collection: str, vector, n: int) -> list[tuple[str, float]]:
        got = self._call("query", "POST", f"{self.scope()}/collections/{collection}/query",
                         {"query_embeddings": [[float(x) for x in vector]], "n_results": n,
                          "include": ["distances"]})
        got = _checked(got, "ids", ["distances"], nested=True)
        hits = list(zip(got["ids"][0], got["distances"][0]))
        if len(hits) > n or not all(isinstance(i, str) and type(d) in (int, float) for i, d in hits):
            # (ids that are objects broke the catalog's lookup; a million hits, its time)
            raise StoreError("vector store query failed: the server's answer is not what Chroma's API returns "
                             f"(ids not strings, distances not numbers, or more than the {n} hits asked)")
        return hits


_TOKEN_PROVIDER = "chromadb.auth.token_authn.TokenAuthClientProvider"
_BASIC_PROVIDER = "chromadb.auth.basic_authn.BasicAuthClientProvider"


def _auth_headers(server: ChromaServer) -> dict[str, str]:
    """The headers chromadb's client would authenticate with: the API key in ``x-chroma-token``
    (CloudClient), else what ``CHROMA_CLIENT_AUTH_PROVIDER`` and ``CHROMA_CLIENT_AUTH_CREDENTIALS``
    (and ``CHROMA_AUTH_TOKEN_TRANSPORT_HEADER``) in the environment say, as its token and basic
    providers send them."""
    import base64

    key = server.api_key()
    if key is not None:
        return {"x-chroma-token": key}
    provider = os.environ.get("CHROMA_CLIENT_AUTH_PROVIDER", "").strip()
    if not provider:
        return {}
    credentials = os.environ.get("CHROMA_CLIENT_AUTH_CREDENTIALS", "")
    if not credentials:
        raise StoreUnavailable(f"CHROMA_CLIENT_AUTH_PROVIDER is {provider} but CHROMA_CLIENT_AUTH_CREDENTIALS is not "
                               "set: export the Chroma token (or user:password) in it")
    if provider == _TOKEN_PROVIDER:
        header = os.environ.get("CHROMA_AUTH_TOKEN_TRANSPORT_HEADER", "").strip() or "Authorization"
        if header.lower() == "x-chroma-token":
            return {"x-chroma-token": credentials}
        if header.lower() != "authorization":
            raise StoreUnavailable(f"CHROMA_AUTH_TOKEN_TRANSPORT_HEADER is {header}: Chroma takes Authorization or "
                                   "X-Chroma-Token")
        return {"Authorization": f"Bearer {credentials}"}
    if provider == _BASIC_PROVIDER:
        return {"Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}
    raise StoreUnavailable(f"CHROMA_CLIENT_AUTH_PROVIDER is {provider}: postil authenticates with Chroma's token "
                           f"({_TOKEN_PROVIDER}) or basic ({_BASIC_PROVIDER}) provider")


def _ssl_verify():
    """``CHROMA_SERVER_SSL_VERIFY`` as chromadb's client takes it: false, or a CA bundle's path."""
    import ssl

    value = os.environ.get("CHROMA_SERVER_SSL_VERIFY", "").strip()
    if value.lower() in ("", "true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    try:
        return ssl.create_default_context(cafile=value)
    except (OSError, ssl.SSLError) as exc:
        raise StoreUnavailable(f"CHROMA_SERVER_SSL_VERIFY names {value}, which is not a CA bundle ({exc})") from None


def _checked(answer, ids: str, include: list[str], nested: bool) -> dict:
    """The answer of a get or query when it has the shape the API promises (lists of the same
    length), else a StoreError."""
    def rows(value):
        return value[0] if nested and isinstance(value, list) and len(value) == 1 else (None if nested else value)

    if isinstance(answer, dict) and isinstance(rows(answer.get(ids)), list):
        count = len(rows(answer[ids]))
        if all(isinstance(rows(answer.get(k)), list) and len(rows(answer[k])) == count for k in include):
            return answer
    raise StoreError("vector store read failed: the server's answer is not what Chroma's API returns")


def preload() -> None:
    """Start importing httpx and chromadb (~0.8 s) on a thread, so it overlaps work that waits
    on git or the disk; ``open_client``'s own import then waits for it (or reports its failure)."""
    import sys
    import threading

    if "chromadb" not in sys.modules and not any(t.name == "postil-chromadb-import" for t in threading.enumerate()):
        threading.Thread(target=_import_quietly, name="postil-chromadb-import", daemon=True).start()


def _import_quietly() -> None:
    try:
        import httpx  # noqa: F401 - first: a team index's reads need it before the local store needs chromadb
        import chromadb  # noqa: F401
    except BaseException:  # noqa: BLE001 - open_client imports it again and says what is wrong
        pass


def open_client(path: Path | None = None, server: ChromaServer | None = None):
    """A Chroma client: HTTP to ``server`` when given, else embedded at ``path``."""
    try:
        import chromadb
    except BaseException as exc:  # a broken or conflicting install; Rust panics are BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise StoreUnavailable(f"chromadb cannot be imported ({type(exc).__name__}: {exc}); the index was left "
                               f"as it is: repair the Python environment (pip check) and try again") from None
    where = server.url if server is not None else path
    try:
        if server is not None:
            return server.client(_settings())
        assert path is not None
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=_settings())
    except StoreUnavailable:
        raise
    except OSError as exc:  # permissions, a full disk
        raise StoreUnavailable(f"cannot open the vector store at {where}: {exc.strerror or exc}") from None
    except BaseException as exc:  # chroma's Rust core may raise a PanicException (a BaseException)
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise StoreError(f"cannot open the vector store at {where}: {exc}") from None


def forget_clients() -> None:
    """Drop chroma's per-path client cache (needed before reopening a deleted directory)."""
    try:
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    except Exception:
        pass


def guarded(what: str, fn, *args, **kwargs):
    """``fn(*args, **kwargs)``; any failure of chroma (Rust panics included) as a StoreError."""
    try:
        return fn(*args, **kwargs)
    except BaseException as exc:
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise StoreError(f"vector store {what} failed: {exc}") from None


class VectorStore:
    def __init__(self, client, name: str) -> None:
        self.client = client
        self.name = name
        self.deleted = 0  # vectors deleted through this handle (the indexer counts them toward compaction)
        try:
            self.collection = client.get_or_create_collection(
                name, embedding_function=_external_ef(),
                configuration={"hnsw": {"space": "cosine", "ef_construction": 32, "max_neighbors": 12}},
            )
            self.collection.count()
            self.max_batch = int(client.get_max_batch_size())
        except BaseException as exc:
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise StoreError(f"cannot open collection {name}: {exc}") from None

    def _guard(self, what: str, method: str, **kwargs):
        """Call a collection method; when it fails, look the collection up again once (another
        process may have compacted it into a new one) before reporting the first StoreError."""
        try:
            return guarded(what, getattr(self.collection, method), **kwargs)
        except StoreError as first:
            try:
                self.collection = guarded(what, self.client.get_collection, self.name,
                                          embedding_function=_external_ef())
            except StoreError:
                raise first from None
            return guarded(what, getattr(self.collection, method), **kwargs)

    def upsert(self, ids: list[str], vectors) -> None:
        for i in range(0, len(ids), self.max_batch):
            self._guard("write", "upsert", ids=ids[i : i + self.max_batch], embeddings=vectors[i : i + self.max_batch])

    def delete(self, ids) -> None:
        ids = list(ids)
        for i in range(0, len(ids), self.max_batch):
            self._guard("delete", "delete", ids=ids[i : i + self.max_batch])
        self.deleted += len(ids)

    def export(self) -> tuple[list[str], list]:
        """Every id with its vector (for compaction: nothing is embedded again)."""
        ids: list[str] = []
        vectors: list = []
        offset, page = 0, 10_000
        while True:
            got = self._guard("read", "get", include=["embeddings"], limit=page, offset=offset)
            ids.extend(got["ids"])
            vectors.extend(got["embeddings"])
            if len(got["ids"]) < page:
                return ids, vectors
            offset += page

    def vectors(self, ids: list[str]) -> dict[str, list]:
        """The stored vector of each of ``ids`` the store holds."""
        out: dict[str, list] = {}
        for i in range(0, len(ids), self.max_batch):
            got = self._guard("read", "get", ids=ids[i : i + self.max_batch], include=["embeddings"])
            out.update(zip(got["ids"], got["embeddings"]))
        return out

    def ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        page = 50_000
        while True:
            got = self._guard("read", "get", include=[], limit=page, offset=offset)
            out.update(got["ids"])
            if len(got["ids"]) < page:
                return out
            offset += page

    def count(self) -> int:
        return int(self._guard("count", "count"))

    def verify(self) -> None:
        """The store's own consistency check: count, read a vector back, answer a query
        (raises StoreError when any of them fails)."""
        if self.count():
            got = self._guard("read", "get", limit=1, include=["embeddings"])
            if got["ids"]:
                self.query(list(got["embeddings"][0]), 1)

    def query(self, vector, n: int) -> list[tuple[str, float]]:
        if n <= 0:
            return []
        got = self._guard("query", "query", query_embeddings=[vector], n_results=n, include=["distances"])
        return list(zip(got["ids"][0], got["distances"][0]))


def drop_collections(client, prefix: str, keep: tuple[str | None, ...] = ()) -> list[str]:
    """Delete this workspace's other collections (older schema or other embedding model)."""
    dropped = []
    try:
        names = [c if isinstance(c, str) else c.name for c in client.list_collections()]
    except Exception:
        return dropped
    for name in names:
        if name.startswith(prefix) and name not in keep:
            try:
                client.delete_collection(name)
                dropped.append(name)
            except Exception:
                pass
    return dropped


def reclaim_space(path: Path) -> None:
    """Give back what deleted collections leave in an embedded store: segment directories
    no collection uses any more (Chroma keeps them) and free SQLite pages (VACUUM)."""
    import shutil
    import sqlite3

    db = path / "chroma.sqlite3"
    conn = sqlite3.connect(str(db), timeout=30)
    try:
        live = {row[0] for row in conn.execute("SELECT id FROM segments")}
        conn.execute("VACUUM")
    finally:
        conn.close()
    for child in path.iterdir():
        if child.is_dir() and not child.is_symlink() and _is_uuid(child.name) and child.name not in live:
            shutil.rmtree(child, ignore_errors=True)


def _is_uuid(name: str) -> bool:
    import uuid

    try:
        return str(uuid.UUID(name)) == name
    except ValueError:
        return False
