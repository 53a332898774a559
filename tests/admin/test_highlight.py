import re

import pytest

from desk.highlight import HighlightClaim, Segment, Span, render_highlighted, segments


def test_no_spans_is_one_plain_segment():
    assert segments(5, []) == [Segment(0, 5, (), ())]


def test_empty_text_has_no_segments():
    assert segments(0, []) == []


def test_adjacent_spans_stay_two_segments():
    assert segments(20, [Span(1, 0, 10), Span(2, 10, 20)]) == [
        Segment(0, 10, (1,), (1,)),
        Segment(10, 20, (2,), (2,)),
    ]


def test_partial_overlap_is_cut_into_three():
    assert segments(25, [Span(1, 0, 15), Span(2, 10, 20)]) == [
        Segment(0, 10, (1,), (1,)),
        Segment(10, 15, (1, 2), (2,)),
        Segment(15, 20, (2,), ()),
        Segment(20, 25, (), ()),
    ]


def test_contained_span_nests_inside_the_longer_one_even_with_the_same_start():
    assert segments(12, [Span(2, 2, 6), Span(1, 2, 10)]) == [
        Segment(0, 2, (), ()),
        Segment(2, 6, (1, 2), (1, 2)),
        Segment(6, 10, (1,), ()),
        Segment(10, 12, (), ()),
    ]


def test_identical_spans_are_ordered_by_key():
    assert segments(4, [Span(9, 0, 4), Span(3, 0, 4)]) == [Segment(0, 4, (3, 9), (3, 9))]


@pytest.mark.parametrize("span", [Span(1, -1, 3), Span(1, 3, 3), Span(1, 2, 11)])
def test_spans_outside_the_text_are_refused(span):
    with pytest.raises(ValueError, match="is not inside"):
        segments(10, [span])


def claim(key, start, end, status="new", verdict="unrated", tooltip="Type: Event"):
    return HighlightClaim(
        key=key,
        start=start,
        end=end,
        status=status,
        verdict=verdict,
        badge=f"#{key}",
        tooltip=tooltip,
        href=f"/admin/claims/claim/{key}/change/",
    )


def test_render_escapes_the_article_text_and_the_tooltip():
    text = 'Hi <script>alert("x")</script> & bye'
    html = render_highlighted(text, [claim(1, 3, 30, tooltip='Claimer: <b>"HRW"</b>')])

    assert "<script>" not in html
    assert "<b>" not in html
    assert html == (
        "Hi "
        '<mark class="claim status-new" data-claim="1" data-status="new" '
        'title="Claimer: &lt;b&gt;&quot;HRW&quot;&lt;/b&gt;">'
        '<a class="claim-badge verdict-unrated" data-claim-start="1" href="/admin/claims/claim/1/change/" '
        'title="Claimer: &lt;b&gt;&quot;HRW&quot;&lt;/b&gt;">#1</a>'
        '<a class="claim-link" href="/admin/claims/claim/1/change/">'
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a></mark>"
        " &amp; bye"
    )


def test_render_nests_marks_for_overlaps_and_keeps_adjacent_claims_apart():
    text = "aaaaabbbbbcccccddddd"
    html = render_highlighted(
        text, [claim(1, 0, 10, status="published", verdict="false"), claim(2, 5, 15), claim(3, 15, 20)]
    )

    # One badge per claim, whatever the number of fragments.
    assert re.findall(r'data-claim-start="(\d+)"', html) == ["1", "2", "3"]
    # Claim 1 is split into two fragments, claim 2 too; claim 3 is one fragment.
    assert re.findall(r'<mark class="([^"]+)" data-claim="(\d+)"', html) == [
        ("claim status-published", "1"),
        ("claim status-published", "1"),
        ("claim status-new overlap", "2"),
        ("claim status-new", "2"),
        ("claim status-new", "3"),
    ]
    # Stripped of tags the text is unchanged, apart from the badges.
    assert re.sub(r"<a class=\"claim-badge[^>]*>[^<]*</a>|<[^>]+>", "", html) == text
    # The overlap is linked to the innermost claim and both marks are closed before claim 2's tail.
    assert '<a class="claim-link" href="/admin/claims/claim/2/change/">bbbbb</a></mark></mark>' in html
    assert html.count("<mark") == html.count("</mark>")
