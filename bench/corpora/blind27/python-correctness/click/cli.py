"""Command line of the sync tool."""
import click


@click.command()
@click.option("--dry-run", is_flag=True)
def sync(dry_run):
    # expect: click-secho
    click.echo(click.style("Starting sync", fg="green", bold=True))
    if dry_run:
        # expect: click-secho
        click.echo(click.style("dry run: nothing will be written", fg="yellow"))
    click.secho("Done", fg="green")
    click.echo("Synced 0 items")


def warn(message):
    click.secho(message, fg="red", err=True)
