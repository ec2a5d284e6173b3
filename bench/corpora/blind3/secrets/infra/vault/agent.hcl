# Vault agent on the batch hosts
pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.internal.acme.example:8200"
  retry {
    num_retries = 5
  }
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
      remove_secret_id_file_after_reading = false
    }
  }
  sink "file" {
    config = {
      path = "/run/vault/token"
    }
  }
}

template {
  source      = "/etc/vault/templates/db.ctmpl"
  destination = "/run/secrets/db.env"
}

# Break-glass token for the migration window; remove after 2026-12-01.
# expect: vault-token
# token = "hvs.CAESIDyer6isLTuymWxaSygc3i2aEMge4IKlXQKEYqm0trn1p-GCylllgxvM_UW_OJ69rDN7w5DbgPWf3YLVyGh4KHGh2cy4qDXJsGW7fwvl2QkuN9DcRkJ6"

cache {
  use_auto_auth_token = true
}

listener "tcp" {
  address     = "127.0.0.1:8100"
  tls_disable = true
}
