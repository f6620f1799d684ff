"""Word diff: whole-word replacements, offsets that point back into both texts."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mutate.diff import word_diff


def show(a, b):
    return [(o.kind, o.a_text, o.b_text) for o in word_diff(a, b)]


def test_a_replaced_word_is_one_replacement():
    assert show("purged around 150 spies", "purged roughly 150 spies") == [
        ("equal", "purged ", "purged "), ("replace", "around", "roughly"), ("equal", " 150 spies", " 150 spies")]


def test_degree_word_inside_quotes():
    ops = show("is “very concerned” and", "is “extremely concerned” and")
    assert ("replace", "very", "extremely") in ops


def test_insert_and_delete():
    assert show("fierce criticism", "criticism") == [("delete", "fierce ", ""), ("equal", "criticism", "criticism")]
    assert show("criticism", "fierce criticism") == [("insert", "", "fierce "), ("equal", "criticism", "criticism")]


def test_empty_sides():
    assert show("", "") == []
    assert show("A.", "") == [("delete", "A.", "")]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_ops_rebuild_both_texts_at_their_offsets(a, b):
    ops = word_diff(a, b)
    assert "".join(o.a_text for o in ops) == a
    assert "".join(o.b_text for o in ops) == b
    for o in ops:
        assert a[o.a_start:o.a_end] == o.a_text
        assert b[o.b_start:o.b_end] == o.b_text
