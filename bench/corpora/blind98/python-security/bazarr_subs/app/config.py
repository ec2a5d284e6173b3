settings = {"auth": {"apikey": ""}, "general": {"subfolder": "current"}, "sonarr": {"base_url": "http://127.0.0.1:8989"}}
