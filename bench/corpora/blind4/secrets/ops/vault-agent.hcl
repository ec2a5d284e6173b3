# Vault agent for the batch hosts.
vault {
  address = "https://vault.internal.example.com:8200"
  retry {
    num_retries = 5
  }
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
    }
  }
  sink "file" {
    config = {
      path = "/run/vault/token"
    }
  }
}

# Break-glass token while AppRole was being debugged (INC-2291).
# expect: vault-token
# token = "hvs.CAESIwL6KJnq3aLjUUAsPpPrAaIB1KCa3hV4mj5R1DxpGHjvV_mRPr_6nuMp4NF8sK22phqUzFUIzfIhRqQH3as7I4T"

template {
  source      = "/etc/vault/templates/db.ctmpl"
  destination = "/run/secrets/db.env"
}
