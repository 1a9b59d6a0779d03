"""Command-line faces over the library: each command wraps a plain library function."""
