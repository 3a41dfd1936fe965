"""The scraped-text cleaner on small pages written here (general patterns of news sites)."""

import pytest

from dyads.clean import clean, detect_language
from dyads.clean.dates import find_date, resolve_age
from dyads.ingest import document_from_string

BODY = [
    "The city council voted on Tuesday to close the old bridge after engineers found deep cracks in two of its supports.",
    "Residents said the closure would add half an hour to their daily journeys into the town centre.",
    "Repair work",
    "The council expects repairs to take at least eighteen months and to cost several million pounds.",
    "A spokesperson said that a temporary footbridge would open before the end of the year.",
]


def _page(top, bottom):
    return "\n\n".join(top + BODY + bottom)


def test_menus_share_bars_and_footers_removed():
    page = _page(
        ["Home", "News", "Sport", "Weather", "Skip to main content", "Bridge closed after cracks found",
         "Published 12 March 2021", "Share on Facebook", "Share on Twitter"],
        ["Share this article", "Related stories", "Council tax to rise again", "Most read",
         "We use cookies to improve your experience. By continuing you accept our cookie policy.",
         "\u00a9 2021 Example News Ltd. All rights reserved."],
    )  # fmt: skip
    art = clean(document_from_string(page))
    assert art.text.split("\n\n") == BODY
    assert art.title == "Bridge closed after cracks found"
    assert (art.published, art.published_precision) == ("2021-03-12", "day")
    reasons = {r.text: r.reason for r in art.removed}
    assert reasons["Share on Facebook"] == "share"
    assert reasons["Most read"] == "related"
    assert reasons["\u00a9 2021 Example News Ltd. All rights reserved."] == "legal"


def test_inline_teaser_after_bare_cue_contact_line_and_icon_soup():
    icons = " ".join(
        f"{w}icon"
        for w in "bookmark camera check chevron close download edit expand filter flag full".split()
    )
    page = "\n\n".join(
        [icons, "Bridge closed after cracks found"]
        + BODY[:2]
        + ["Also on example.com", "Council tax to rise again next year as costs grow"]
        + BODY[2:]
        + [
            "Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @janedoe."
        ]
    )
    art = clean(document_from_string(page))
    assert art.text.split("\n\n") == BODY
    reasons = {r.text: r.reason for r in art.removed}
    assert reasons["Also on example.com"] == "read-more"
    assert reasons["Council tax to rise again next year as costs grow"] == "teaser"
    assert reasons[icons] == "outside-article"


def test_photo_credit_lines_and_repeated_captions():
    page = _page(
        [
            "Bridge closed after cracks found",
            "Engineers inspect the bridge",
            "Photo: John Smith/Agency",
        ],
        ["Engineers inspect the bridge"],
    )
    art = clean(document_from_string(page))
    assert "Photo:" not in art.text and "Engineers inspect" not in art.text


def test_non_english_marked_to_skip():
    text = (
        "Die Stadtverwaltung hat am Dienstag beschlossen, die alte Br\u00fccke zu schlie\u00dfen, nachdem "
        "Ingenieure tiefe Risse in zwei ihrer St\u00fctzen gefunden hatten. Die Anwohner sagten, dass "
        "die Schlie\u00dfung ihre t\u00e4glichen Wege in die Innenstadt um eine halbe Stunde verl\u00e4ngern werde."
    )
    art = clean(document_from_string(text))
    assert art.meta["skip"] == "non-English (de)"
    assert detect_language(" ".join(BODY)) == "en"


@pytest.mark.parametrize(
    ("banner", "retrieved", "expected"),
    [
        ("This article is over 6 years, 7 months old", "2024-02-10", ("2017-07", "month")),
        ("This article is more than 2 years old", "2024-02-10", ("2022", "year")),
        ("This story is 3 days old", "2024-02-10", ("2024-02-07", "day")),
        ("This article is over 6 years, 7 months old", None, None),
        ("Issue 2561", "2024-02-10", None),
    ],
)
def test_age_banner_resolution(banner, retrieved, expected):
    assert resolve_age(banner, retrieved) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Published 12 March 2021", "2021-03-12"), ("Nov 19, 2019, 10:31 pm", "2019-11-19"),
     ("Updated 2020-02-29T10:00", "2020-02-29"), ("31 February 2021", None), ("No date here", None)],
)  # fmt: skip
def test_find_date(line, expected):
    assert find_date(line) == expected


def test_hard_wrapped_plain_text_is_unwrapped_not_dropped():
    wrapped = (
        "OSLO The road safety agency on Tuesday published fresh advice for companies that\n"
        "build navigation apps, urging them to cut the time drivers spend looking at a\n"
        "screen by offering a simple mode that hides menus in a car on the move.\n"
        "The advice also calls on carmakers to let phones link up quickly and safely to\n"
        "the dashboard screens fitted in new models, so that maps can be read at a glance.\n"
    )
    art = clean(document_from_string(wrapped))
    paras = art.text.split("\n")
    assert len(paras) == 2 and paras[0].startswith("OSLO") and paras[0].endswith("on the move.")
    assert art.removed == []


@pytest.mark.parametrize(
    "text", ["Rebels attacked the town", "Ceasefire holds", "Troops\nwithdrew"]
)
def test_short_notes_without_prose_are_kept(text):
    art = clean(document_from_string(text))
    assert art.text.split() == text.split()


def test_a_list_a_body_sentence_introduces_stays_and_so_does_the_text_after_it():
    text = "\n".join(BODY[:2] + [
        "In an interview, the mayor also said:",
        "- The council must find the money for a new bridge this year",
        "- Engineers would inspect every other bridge in the town",
        "",
    ] + BODY[3:])
    art = clean(document_from_string(text, kind="text", source="t"))
    assert "- The council must find the money for a new bridge this year" in art.text
    assert "- Engineers would inspect every other bridge in the town" in art.text
    assert BODY[4] in art.text


def test_english_full_of_possessives_and_names_is_english():
    from dyads.clean.language import detect_language

    text = ("A Kenyan court on Friday blocked the government's plan to deploy police officers to Haiti. "
            "Iran rejected France's proposal. Russia criticised Germany's decision to send tanks. "
            "China welcomed Brazil's peace plan.")
    assert detect_language(text) == "en"
