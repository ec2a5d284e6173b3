"""``postil check`` answered from an identical earlier run, as ruff's ``.ruff_cache`` and eslint's
``--cache`` do: ``key`` says what a run's answer rests on, ``codec`` turns its reports into JSON and
back, ``signed_store`` keeps signed entries in ``.postil/cache/check/``, ``check`` puts them together."""
