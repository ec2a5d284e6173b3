"""Release helper: bumps versions, tags and prints a summary."""
import subprocess
import sys

import click

from .versioning import bump, current_version


def _git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout.strip()


@click.group()
def cli():
    """Release tooling."""


@cli.command()
@click.argument("part", type=click.Choice(["major", "minor", "patch"]))
@click.option("--dry-run", is_flag=True)
def release(part, dry_run):
    old = current_version()
    new = bump(old, part)
    # expect: use-secho
    click.echo(click.style(f"Releasing {old} -> {new}", fg="cyan", bold=True))
    if dry_run:
        click.secho("dry run: nothing written", fg="yellow")
        return
    _git("tag", "-a", f"v{new}", "-m", f"Release {new}")
    click.secho(f"Tagged v{new}", fg="green")


@cli.command()
def status():
    dirty = _git("status", "--porcelain")
    if dirty:
        # expect: use-secho
        click.echo(click.style("Working tree has uncommitted changes:", fg="red"), err=True)
        click.echo(dirty, err=True)
        sys.exit(1)
    label = click.style("clean", fg="green")
    click.echo(f"Working tree is {label} at {current_version()}")


@cli.command()
@click.option("--limit", default=10, show_default=True)
def changelog(limit):
    log = _git("log", f"-{limit}", "--pretty=%h %s")
    for line in log.splitlines():
        sha, _, subject = line.partition(" ")
        click.echo(click.style(sha, fg="yellow") + " " + subject)
    click.echo("")
