"""`relctl`: release helper used by the platform team (click)."""
from __future__ import annotations

import os
import shlex
import subprocess
import tarfile
import tempfile
from pathlib import Path

import click

ARTIFACTS = Path(os.environ.get("RELCTL_ARTIFACTS", "~/.relctl/artifacts")).expanduser()


@click.group()
def cli():
    """Build, bundle and publish releases."""


@cli.command()
@click.argument("version")
@click.option("--notes", default="")
def tag(version: str, notes: str):
    subprocess.run(["git", "tag", "-a", f"v{version}", "-m", notes or f"Release {version}"], check=True)
    subprocess.run(["git", "push", "origin", f"v{version}"], check=True)


@cli.command()
@click.argument("service")
@click.option("--ref", default="main")
def changelog(service: str, ref: str):
    # expect: command-injection
    out = subprocess.check_output(f"git log --oneline {ref} -- services/{service}", shell=True, text=True)
    click.echo(out)


@cli.command()
@click.argument("host")
def remote_status(host: str):
    subprocess.run(f"ssh deploy@{shlex.quote(host)} systemctl status app", shell=True, check=False)


@cli.command()
@click.option("--expr", help="Python expression selecting builds, e.g. b['arch'] == 'arm64'")
def select(expr: str):
    builds = [{"arch": "arm64", "n": 1}, {"arch": "amd64", "n": 2}]
    # expect: code-injection
    chosen = [b for b in builds if eval(expr, {}, {"b": b})]
    click.echo(chosen)


@cli.command()
@click.argument("bundle", type=click.Path(exists=True))
def unpack(bundle: str):
    dest = ARTIFACTS / Path(bundle).stem
    with tarfile.open(bundle) as tar:
        # expect: path-traversal
        tar.extractall(dest)


@cli.command()
@click.argument("bundle", type=click.Path(exists=True))
def unpack_safe(bundle: str):
    with tarfile.open(bundle) as tar:
        tar.extractall(ARTIFACTS / "safe", filter="data")


@cli.command()
@click.argument("plugin_file", type=click.Path(exists=True))
def run_plugin(plugin_file: str):
    source = Path(plugin_file).read_text()
    namespace: dict = {}
    # expect: code-injection
    exec(compile(source, plugin_file, "exec"), namespace)
    namespace["main"]()


@cli.command()
def scratch():
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "notes.txt").write_text("scratch")
    # expect: temp-file
    lock = open("/tmp/relctl.lock", "w")
    lock.write(str(os.getpid()))


@cli.command()
@click.argument("path", type=click.Path())
def publish_key(path: str):
    Path(path).write_text(os.environ["RELEASE_SIGNING_KEY"])
    os.chmod(path, 0o600)


@cli.command()
@click.argument("path", type=click.Path())
def share_dir(path: str):
    os.makedirs(path, exist_ok=True)
    # expect: file-permissions
    os.chmod(path, 0o777)


if __name__ == "__main__":
    cli()
