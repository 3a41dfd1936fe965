"""Page authors: general signals of dyads.clean.authors, on small pages written for the test."""

from __future__ import annotations

import pytest
from lxml import html

from dyads.clean.authors import copyright_person, page_author, person_like, text_byline

PROSE = (
    "<article><p>The harbour board met on Monday and agreed to dredge the channel.</p></article>"
)


def _tree(body: str, head: str = ""):
    return html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_publisher_named_as_author_gives_way_to_the_visible_byline():
    head = (
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<meta name="author" content="Harbour Gazette">'
    )
    tree = _tree(PROSE + "<p><em>Written by: Lena Park</em></p>", head)
    assert page_author(tree, "Harbour Gazette", "Harbour Gazette") == "Lena Park"
    # the host's own name is the publisher too ("Jobs & Hire" on jobsandhire.example)
    tree = _tree("<p>By <a href='/reporters/ola'>Ola Brandt</a></p>" + PROSE)
    assert page_author(tree, "Quay; Post", url="https://www.quaypost.example/a/1") == "Ola Brandt"


def test_a_personal_site_named_after_its_owner_keeps_the_owner_as_author():
    tree = _tree(PROSE)
    assert (
        page_author(tree, "Ravi Menon", url="https://www.ravimenon.example/notes/1") == "Ravi Menon"
    )
    # a one-word or domain-like publisher name is no person: dropped
    assert page_author(tree, "QuayPost", url="https://quaypost.example/a") is None
    assert page_author(tree, "HARBOURPOST COM", url="https://harbourpost.example/a") is None


def test_publisher_rule_can_be_switched_off_for_ablation():
    head = '<meta property="og:site_name" content="Harbour Gazette">'
    tree = _tree(PROSE + "<p>Written by: Lena Park</p>", head)
    assert page_author(tree, "Harbour Gazette", disabled={"author-publisher"}) == "Harbour Gazette"


def test_name_shown_only_in_reader_comments_is_no_author():
    body = (
        "<div><span class='meta'>Posted by Nora @ 9:00 am</span></div>"
        + PROSE
        + "<ul id='recentcomments'><li><span class='comment-author-link'>"
        "<a href='https://spam.example'>cheap flights</a></span> on <a>Another post</a></li></ul>"
    )
    tree = _tree(body)
    assert page_author(tree, "Cheap Flights") == "Nora"
    assert page_author(tree, "Cheap Flights", disabled={"author-comments"}) == "Cheap Flights"


def test_a_commentary_section_is_no_reader_comment_area():
    body = "<div class='commentary-article'><p class='byline'>By Mara Holt</p>" + PROSE + "</div>"
    assert page_author(_tree(body), "Mara Holt") == "Mara Holt"


def test_text_byline_skips_navigation_labels_and_cuts_the_day():
    nav = "<nav><ul><li><a href='/c/m'>By Method</a></li><li>By Region Type</li></ul></nav>"
    menu = "<ul class='main-menu'><li>By Topic Area</li></ul>"
    byline = "<div><span>By</span><span><a>Tomas Lind</a></span><span>Thursday, May 4</span></div>"
    assert text_byline(_tree(nav + menu + PROSE)) is None
    assert text_byline(_tree(nav + menu + byline + PROSE)) == "Tomas Lind"
    # one word after a bare "By" is a label, not a name; "Posted by" makes it a name
    assert text_byline(_tree("<p>By Invitation</p>" + PROSE)) is None
    assert text_byline(_tree("<p>Posted by Invitation</p>" + PROSE)) == "Invitation"


def test_dotted_initials_from_structured_data_beat_a_copy_without_dots():
    head = '<meta name="dc.creator" content="K. L. Moreau">'
    tree = _tree(PROSE, head)
    assert page_author(tree, "K L Moreau") == "K. L. Moreau"
    assert page_author(tree, "K L Moreau", disabled={"author-dotted"}) == "K L Moreau"


def test_copyright_holder_is_the_author_of_a_personal_page_only():
    personal = _tree(
        PROSE + "<footer><p>Copyright (c) 2015- Ravi Menon. All rights reserved.</p></footer>"
    )
    assert page_author(personal, None, url="https://ravimenon.example/blog/x") == "Ravi Menon"
    assert page_author(personal, None, disabled={"author-copyright"}) is None
    company = _tree(PROSE + "<footer>© 2020 Harbour Media Group. All rights reserved.</footer>")
    assert copyright_person(company, []) is None
    stated = _tree(PROSE + "<footer>© 2020 Quay Post</footer>")
    assert copyright_person(stated, ["quaypost"]) is None
    assert copyright_person(_tree("<footer>Copyright © All Rights Reserved</footer>"), []) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ann Lee", True),
        ("Jose de la Cruz", True),
        ("J.R. Stone", True),
        ("Ann Lee and Bo Chen", True),
        ("The Planetary Gazette", False),
        ("U.S. Customs and Border Protection", False),
        ("Harbour Media Group", False),
        ("Unit 42", False),
        ("QUAYPOST.COM", False),
        ("all rights reserved", False),
    ],
)
def test_person_like(name, expected):
    assert person_like(name) is expected
