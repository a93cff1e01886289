"""``fenleiqi play --levels``: one level per seat, in seat order."""

from __future__ import annotations

import pytest

from game.commands.play import UsageError, parse_levels


def test_levels_are_read_in_english_or_chinese() -> None:
    assert parse_levels("adult, 儿童 ,TEEN") == ("adult", "child", "teen")
    assert parse_levels("") == () == parse_levels(None)
    for bad in ("baby", "adult,,child", ",".join(["adult"] * 7)):
        with pytest.raises(UsageError):
            parse_levels(bad)
