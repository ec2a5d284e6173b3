"""CLI subcommands, one module each (``register`` + ``run``)."""
