"""Alembic migrations of the store, run programmatically when a Store opens."""
