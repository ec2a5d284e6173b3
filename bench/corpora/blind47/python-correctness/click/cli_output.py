"""Console output for the deploy CLI."""
import click
from click import echo, style


@click.group()
def cli():
    """Deploy tool."""


@cli.command()
@click.argument("service")
def deploy(service):
    echo(f"Deploying {service}...")
    # expect: use-secho
    click.echo(click.style("Deployment finished", fg="green", bold=True))


@cli.command()
@click.argument("service")
def rollback(service):
    try:
        _rollback(service)
    except RuntimeError as exc:
        # expect: use-secho
        echo(style(f"Rollback failed: {exc}", fg="red"), err=True)
        raise SystemExit(1)


def warn(message):
    click.echo(
        # expect: use-secho
        click.style("warning: " + message, fg="yellow"),
        err=True,
    )


class Reporter:
    def __init__(self, quiet=False):
        self.quiet = quiet

    def step(self, name):
        if not self.quiet:
            # expect: use-secho
            click.echo(click.style("==> %s" % name, fg="cyan"))

    def ok(self, name):
        click.secho(f"ok: {name}", fg="green")

    def row(self, name, status):
        colour = "green" if status == "up" else "red"
        click.echo(f"{name:<20} " + click.style(status, fg=colour))


def _rollback(service):
    echo("Rolling back " + service)
