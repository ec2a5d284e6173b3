"""Command-line interface of the deploy helper."""
import logging
import sys

import click

log = logging.getLogger("deployctl")


@click.group()
@click.option("-v", "--verbose", is_flag=True)
def cli(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)


@cli.command()
@click.argument("environment")
def deploy(environment):
    click.echo(f"Deploying to {environment}...")
    # expect: use-secho
    click.echo(click.style("Deployment finished", fg="green", bold=True))


@cli.command()
@click.argument("environment")
def rollback(environment):
    # expect: use-secho
    click.echo(click.style(f"Rolling back {environment}", fg="yellow"))
    click.secho("Rollback finished", fg="green")


@cli.command()
def status():
    ok = check_health()
    label = click.style("healthy", fg="green") if ok else click.style("unhealthy", fg="red")
    click.echo(f"Service is {label}")
    if not ok:
        # expect: use-secho
        click.echo(click.style("Run `deployctl logs` for details", fg="red"), err=True)
        sys.exit(1)


def check_health():
    log.debug("checking health")
    return True


@cli.command()
def version():
    click.secho("deployctl 2.4.1", bold=True)
    click.echo("build 2026-11-30")


if __name__ == "__main__":
    cli()
