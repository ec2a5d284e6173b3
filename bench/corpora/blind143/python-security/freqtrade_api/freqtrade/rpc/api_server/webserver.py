class ApiServer:
    """Holds the bot's RPC object and config for the FastAPI dependencies."""

    _rpc = None
    _config = {}

    def __init__(self, config, rpc):
        ApiServer._config = config
        ApiServer._rpc = rpc
