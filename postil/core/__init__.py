"""Ground-level helpers every layer uses: the one workspace walker, the one atomic file
write, and postil's own working directory (``.postil/``). Imports nothing from
``analyzers``, ``rag``, ``server`` or the CLI."""
