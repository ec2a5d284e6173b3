import os

from authlib.integrations.flask_client import OAuth

oauth = OAuth()

oauth.register(
    name="github",
    client_id="Iv1.48402f2f3f23b7b8",
    # expect: secret
    client_secret="e95d78a74514b8c5d1b47b26cb96a798a6132756",
    access_token_url="https://github.com/login/oauth/access_token",
    authorize_url="https://github.com/login/oauth/authorize",
    api_base_url="https://api.github.com/",
    client_kwargs={"scope": "read:user user:email"},
)

oauth.register(
    name="github_enterprise",
    client_id=os.environ["GHE_CLIENT_ID"],
    client_secret=os.environ["GHE_CLIENT_SECRET"],
    api_base_url="https://ghe.example.com/api/v3/",
)

PINNED_COMMIT = "17c7850eeb6e771fa5b76ebb30351cb48133d07d"
CLIENT_SECRET_HELP = "Paste the 40-character client secret from the OAuth app settings page."
