import warta


def test_public_api_all_matches_exports() -> None:
    exported = {name for name in dir(warta) if not name.startswith("_")}
    modules = {"analyze", "cli", "errors", "extract", "ingest", "pipeline", "registry", "serialize", "types"}
    assert set(warta.__all__) == exported - modules - {"annotations"}
