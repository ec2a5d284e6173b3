"""`shipit` - the small deploy helper the ops team runs from their laptops."""
import subprocess

import click

ENVIRONMENTS = ("staging", "production")


def _run(args):
    return subprocess.run(args, check=False, capture_output=True, text=True)


@click.group()
def cli():
    """Deploy and inspect services."""


@cli.command()
@click.argument("service")
@click.option("--env", type=click.Choice(ENVIRONMENTS), default="staging")
def deploy(service, env):
    click.secho(f"Deploying {service} to {env}", bold=True)
    result = _run(["kubectl", "rollout", "restart", f"deployment/{service}", "-n", env])
    if result.returncode != 0:
        # expect: click-secho
        click.echo(click.style(result.stderr.strip(), fg="red"))
        raise SystemExit(result.returncode)
    # expect: click-secho
    click.echo(click.style("done", fg="green", bold=True))


@cli.command()
@click.option("--env", type=click.Choice(ENVIRONMENTS), default="staging")
def status(env):
    result = _run(["kubectl", "get", "deployments", "-n", env, "-o", "name"])
    for name in result.stdout.split():
        ok = click.style("ok", fg="green")
        click.echo(f"{name:40} {ok}")
    click.echo(click.style("Warning: ", fg="yellow") + "cached for 30s")


@cli.command()
def environments():
    for env in ENVIRONMENTS:
        colour = "red" if env == "production" else "cyan"
        click.secho(env, fg=colour)
    click.echo("Use --env to choose one.")


if __name__ == "__main__":
    cli()
