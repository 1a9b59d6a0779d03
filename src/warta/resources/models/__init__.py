"""Trained models shipped as package data (see README.md here for origin and scores)."""
