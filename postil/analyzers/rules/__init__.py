"""Rule engine: ast-grep YAML rules, secret detection, suppressions."""
