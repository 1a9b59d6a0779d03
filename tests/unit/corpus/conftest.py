from storefixtures import db_url, store  # noqa: F401
