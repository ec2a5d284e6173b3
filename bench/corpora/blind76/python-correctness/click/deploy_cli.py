"""deployctl: a small click CLI around the deploy API."""
import click
from click import echo, style

OK = click.style("OK", fg="green", bold=True)


@click.group()
def cli():
    """Deploy helper."""


@cli.command()
@click.argument("service")
def status(service):
    healthy = service != "legacy"
    if healthy:
        # expect: use-secho
        click.echo(click.style(f"{service} is healthy", fg="green"))
    else:
        # expect: use-secho
        click.echo(click.style(f"{service} is degraded", fg="yellow", bold=True), err=True)


@cli.command()
@click.argument("service")
@click.option("--force", is_flag=True)
def rollback(service, force):
    if not force and not click.confirm(f"Roll back {service}?"):
        # expect: use-secho
        echo(style("aborted", fg="red"))
        return
    click.echo(
        # expect: use-secho
        click.style("Rolling back " + service, fg="cyan")
    )
    click.secho("done", fg="green")


@cli.command()
def version():
    click.echo("deployctl 2.3.1")
    click.echo(OK + " client and server versions match")
    click.echo(click.style("server", bold=True) + ": 2.3.0")


if __name__ == "__main__":
    cli()
