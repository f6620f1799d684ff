"""Word diff: whole-word replacements, offsets that point back into both texts."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mutate.diff import moved_words, word_diff


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


def moved(a, b):
    gone, came = moved_words(a, b, word_diff(a, b))
    return [a[s:e] for s, e in gone], [b[s:e] for s, e in came]


def test_a_phrase_moved_is_marked_on_both_sides():
    assert moved("Two men were held in Leeds on Monday night.", "On Monday night two men were held in Leeds.") == (
        ["Monday night"], ["Monday night"])


def test_a_reordered_clause_is_moved_words_not_new_ones():
    gone, came = moved("The mayor resigned on Monday after a row over housing.",
                       "After a row over housing, the mayor resigned on Monday.")
    assert "row over housing" in " ".join(came) and "row over housing" in " ".join(gone)


def test_words_kept_in_place_or_replaced_are_not_moved():
    assert moved("Two men were held.", "On Monday two men were held.") == ([], [])  # re-cased where it stood
    assert moved("The mayor resigned.", "The mayor has quit.") == ([], [])
    assert moved("Fierce criticism followed.", "Criticism followed.") == ([], [])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab cd.,", max_size=60), st.text(alphabet="ab cd.,", max_size=60))
def test_moved_words_lie_inside_edits_on_both_sides(a, b):
    ops = word_diff(a, b)
    gone, came = moved_words(a, b, ops)
    edits = [o for o in ops if o.kind != "equal"]
    for s, e in gone:
        assert any(o.a_start <= s and e <= o.a_end for o in edits)
    for s, e in came:
        assert any(o.b_start <= s and e <= o.b_end for o in edits)
    assert bool(gone) == bool(came)
