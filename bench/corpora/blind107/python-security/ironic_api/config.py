class _Conf:
    agent_timeout = 30
    provisioning_network_prefixes = ("10.20.", "10.21.")


CONF = _Conf()
