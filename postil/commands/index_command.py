"""``postil index [PATH]``: build or refresh the workspace index used for review context."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from postil.core.terminal import terminal
from postil.core.terminal import say


def add_index_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by index, search and context (override ``[tool.postil.index]``)."""
    group = parser.add_argument_group("index")
    group.add_argument("--embeddings", choices=("hash", "onnx", "openai", "ollama", "openai-compatible"),
                       help="embeddings backend (default: config, else the offline 'hash')")
    group.add_argument("--model", help="embedding model id for openai/ollama backends")
    group.add_argument("--base-url", help="embeddings server URL (ollama / OpenAI-compatible)")
    group.add_argument("--chroma-url", help="the team's Chroma server (chroma run) holding the published index")
    group.add_argument("--model-path", type=Path, metavar="DIR",
                       help="a local ONNX embedding model (model.onnx, tokenizer.json) whose vectors join the index")


def register(subparsers) -> None:
    from postil.rag.embeddings import MINILM

    parser = subparsers.add_parser("index", help="build or refresh the workspace index (chunks, symbols, embeddings)")
    parser.add_argument("path", nargs="?", type=Path, default=None, help="workspace root (default: current directory)")
    parser.add_argument("--rebuild", action="store_true", help="delete the index and build it from scratch")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--download-model", metavar="NAME", nargs="?", const=MINILM,
                        help=f"download an ONNX embedding model (default {MINILM}) into postil's cache and exit; "
                             "postil never downloads one otherwise")
    parser.add_argument("--dry-run", action="store_true",
                        help="print exactly what a full build would send to the embeddings endpoint; write nothing")
    parser.add_argument("--publish", action="store_true",
                        help="publish the index of a commit (--commit, default HEAD) to the team's Chroma server")
    parser.add_argument("--commit", default="HEAD", help="the commit --publish describes (read from git objects)")
    parser.add_argument("--collection", metavar="NAME",
                        help="the repository's name on the team server (default: [index] collection, else its "
                             "remote URL); --publish needs it when that name comes from an untrusted project file")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def open_index(root: Path, args: argparse.Namespace):
    """A WorkspaceIndex for root with config + command-line settings; messages go to stderr
    (and once, the project config's ignored egress keys)."""
    from postil.commands.trust_command import warn_untrusted
    from postil.config import load_config
    from postil.rag.indexer import WorkspaceIndex

    warn_untrusted(load_config(root))

    def on_message(message: str) -> None:
        say(message, file=sys.stderr)

    return WorkspaceIndex.from_config(
        root, embeddings=getattr(args, "embeddings", None), model=getattr(args, "model", None),
        base_url=getattr(args, "base_url", None), chroma_url=getattr(args, "chroma_url", None), on_message=on_message,
        model_path=getattr(args, "model_path", None), collection=getattr(args, "collection", None),
        model_source="--model-path" if getattr(args, "model_path", None) else None,
    )


def _with_progress(label: str, action, quiet: bool):
    """``action(on_progress)`` with a rich progress bar when stderr is a terminal (its label
    and paths written out literally, their brackets not read as rich markup)."""
    if quiet or not sys.stderr.isatty():
        return action(None)
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from postil.console import unguarded

    with Progress(TextColumn(escape(terminal(label))), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("[dim]{task.fields[path]}"), transient=True,
                  console=Console(file=unguarded(sys.stderr))) as progress:
        task = progress.add_task(label, total=None, path="")

        def on_progress(done: int, total: int, path: str) -> None:
            progress.update(task, completed=done, total=total, path=escape(terminal(path)[-60:]))

        return action(on_progress)


def update_with_progress(index, quiet: bool = False, paths=None, vectors: bool = True):
    """Run ``index.update`` (all files, or ``paths``; ``vectors`` as there), then give the chunks still without them
    the local model's vectors (when there is a model), each with a progress bar on a terminal.
    Interrupting the second step keeps the index usable: search goes on with ``hash``."""
    stats = _with_progress("indexing", lambda on_progress: index.update(on_progress=on_progress, paths=paths, vectors=vectors),
                           quiet)
    model = index.model_backend
    if model is not None:
        from postil.rag.indexer import IndexUnavailable

        try:
            stats.model_embedded = _with_progress(f"embedding with {model.directory.name}",
                                                  lambda on_progress: index.build_model_vectors(on_progress), quiet)
        except IndexUnavailable as exc:
            say(f"postil: {exc}", file=sys.stderr)
    return stats


def summary_dict(stats) -> dict:
    return {"files": stats.files, "chunks": stats.chunks, "mirrored": stats.mirrored, "indexed": stats.indexed,
            "unchanged": stats.unchanged, "removed": stats.removed, "embedded": stats.embedded,
            "model_embedded": stats.model_embedded, "seconds": round(stats.seconds, 3),
            "skipped": dict(stats.skipped.most_common()), "messages": stats.messages}


def summary_text(stats, index) -> str:
    skipped = ", ".join(f"{n} {reason}" for reason, n in stats.skipped.most_common()) or "none"
    team = index.team
    mirrored = (f"{stats.mirrored} taken from the team index at {terminal(str(team.manifest['commit'])[:12])}, "
                if team is not None and team.manifest else "")
    return (f"indexed {stats.files} files ({stats.chunks} chunks) in {stats.seconds:.1f}s: {mirrored}"
            f"{stats.indexed} (re)indexed, {stats.unchanged} unchanged, {stats.removed} removed, "
            f"{stats.embedded} chunks embedded with {terminal(index.backend.identity)}"
            + (f", {stats.model_embedded} with {terminal(index.model_backend.identity)}" if index.model_backend else "")
            + f"\nskipped: {terminal(skipped)}")


def index_errors_as_exit_codes(action):
    """Run ``action()``; an unusable index or embeddings backend (an environment error: a query's
    vector is asked for outside an update) exits 2 with one line (a bad config too:
    ``postil.cli.main`` says it)."""
    from postil.rag.embeddings import EmbeddingUnavailable
    from postil.rag.indexer import IndexUnavailable

    try:
        return action(), 0
    except (IndexUnavailable, EmbeddingUnavailable) as exc:
        say(f"postil: {exc}", file=sys.stderr)
        return None, 2


def run(args: argparse.Namespace) -> int:
    root = (args.path or Path.cwd()).resolve()
    if not root.is_dir():
        say(f"postil: {root} is not a directory", file=sys.stderr)
        return 2

    if args.download_model:
        return _download(args.download_model, args.quiet)
    if args.dry_run:
        return _dry_run(open_index(root, args), args.json)
    if args.publish:
        return _publish(root, args)

    def build():
        index = open_index(root, args)
        if args.rebuild:
            index.reset()
        return index, update_with_progress(index, args.quiet or args.json)

    built, code = index_errors_as_exit_codes(build)
    if built is None:
        return code
    index, stats = built
    if args.json:
        print(json.dumps(summary_dict(stats), indent=2))
    else:
        print(summary_text(stats, index))
    index.close()
    return 0


def _publish(root: Path, args: argparse.Namespace) -> int:
    """``--publish``: write one commit's index to the team server; only what changed is written."""
    from postil.rag.indexer import IndexUnavailable
    from postil.rag.store import StoreError
    from postil.rag.team_publish import publish
    from postil.rag.team_wire import TeamError

    def run_publish():
        from postil.config import load_config

        loaded = load_config(root)
        named = loaded.untrusted_collection()
        if named and args.collection != named:
            # the repository would choose which collection on the user's server gets written
            raise IndexUnavailable(
                f"cannot publish: index.collection = {json.dumps(named)} comes from {loaded.path}, which is not "
                f"trusted; it picks what gets written on your Chroma server, so confirm it: `postil trust`, "
                f"or `postil index --publish --collection {json.dumps(named)}`")
        index = open_index(root, args)
        try:
            if index.team is not None and not index.team.repository:
                raise TeamError(index.team.down)
            return publish(index, args.commit)
        except (TeamError, StoreError) as exc:
            raise IndexUnavailable(f"cannot publish: {exc}") from None
        finally:
            index.close()

    stats, code = index_errors_as_exit_codes(run_publish)
    if stats is None:
        return code
    if args.json:
        print(json.dumps({**vars(stats), "skipped": dict(stats.skipped), "seconds": round(stats.seconds, 3)}, indent=2))
    else:
        say(f"published {stats.commit[:12]} as {stats.collection}: {stats.files} files ({stats.chunks} chunks) in "
            f"{stats.seconds:.1f}s; {stats.changed} file(s) written, {stats.removed} removed, {stats.unchanged} "
            f"unchanged; {stats.embedded} chunk(s) embedded, {stats.updated} updated, {stats.deleted} deleted")
    return 0


def _dry_run(index, as_json: bool) -> int:
    """The request bodies a full build would send to a remote embeddings endpoint (none for
    the local backends), and what a Chroma server would get."""
    from postil.rag.embeddings import (
        EmbeddingUnavailable,
        OpenAIEmbedding,
        make_backend,
    )

    try:
        backend = make_backend(index.embeddings_name, index.model, index.base_url, index.api_key)
    except EmbeddingUnavailable as exc:
        say(f"postil: {exc}", file=sys.stderr)
        return 2
    texts = index.outbound_texts()
    remote = isinstance(backend, OpenAIEmbedding)
    bodies = backend.request_bodies(texts) if remote else []
    chroma = (f"Chroma server {index.chroma_url}: nothing from `postil index`; `postil index --publish` writes "
              "these chunks' masked text, paths, lines, symbols and vectors of one commit, and a review sends "
              "query vectors" if index.chroma_url else None)
    if as_json:
        print(json.dumps({"embeddings": backend.identity, "endpoint": backend.endpoint if remote else None,
                          "chunks": len(texts), "requests": bodies, "chroma": chroma}, indent=2))
        return 0
    if not remote:
        say(f"embeddings {backend.identity} are computed on this machine: {len(texts)} chunk(s), nothing sent")
    else:
        say(f"{len(bodies)} request(s) to POST {backend.endpoint} ({len(texts)} chunk(s)); each body, exactly:")
        for body in bodies:
            print(json.dumps(body))
    if chroma:
        say(chroma)
    return 0


def _download(name: str, quiet: bool) -> int:
    from postil.rag.download import download_model
    from postil.rag.embeddings import EmbeddingUnavailable

    def fetch(on_progress):
        report = None if on_progress is None else (lambda file, done, total: on_progress(done, total or 0, file))
        return download_model(name, report)

    try:
        target = _with_progress(f"downloading {name}", fetch, quiet)
    except EmbeddingUnavailable as exc:
        say(f"postil: {exc}", file=sys.stderr)
        return 2
    say(f"saved {name} to {target}; postil index and search use it from now on")
    return 0
