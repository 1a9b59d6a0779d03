from types import ModuleType

import warta


def test_public_api_all_matches_exports() -> None:
    exported = {
        name
        for name in dir(warta)
        if not name.startswith("_") and not isinstance(getattr(warta, name), ModuleType) and name != "annotations"
    }
    assert set(warta.__all__) == exported


def test_public_api_every_name_resolves() -> None:
    for name in warta.__all__:
        assert getattr(warta, name) is not None
