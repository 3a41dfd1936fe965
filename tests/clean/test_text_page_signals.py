"""General page-text signals of the scraped-text cleaner (session 2026-12-05 f), on pages
written here: author boxes, news-agency captions, captions between body paragraphs."""

import pytest

from dyads.clean import clean
from dyads.clean import text as text_cleaner
from dyads.ingest import document_from_string

BODY = [
    "The city council voted on Tuesday to close the old bridge after engineers found deep cracks in two of its supports.",
    "Residents said the closure would add half an hour to their daily journeys into the town centre.",
    "The council expects repairs to take at least eighteen months and to cost several million pounds.",
    "A spokesperson said that a temporary footbridge would open before the end of the year.",
]
MENU = ["Home", "News", "Sport", "Weather", "Bridge closed after cracks found"]


def _clean(lines):
    return clean(document_from_string("\n\n".join(lines)))


def test_author_box_heading_and_bio_removed():
    bio = "Jane Doe has covered city politics for ten years and lives with her two dogs near the river."
    art = _clean(MENU + BODY + ["About Jane Doe", bio, "Contact us", "Privacy policy"])
    assert art.text.split("\n\n") == BODY
    reasons = {r.text: r.reason for r in art.removed}
    assert reasons["About Jane Doe"] == "author-box"
    assert reasons[bio] == "author-bio"


@pytest.mark.parametrize(
    "caption",
    [
        "In this March 3, 2017, file photo, workers repair the road near the old bridge in the town centre.",
        "Workers repair the road near the old bridge in the town centre on Monday. (AP Photo/Jane Doe, File)",
        "FILE PHOTO: Workers repair the road near the old bridge in the town centre, March 3, 2017.",
        "Workers repair the road near the old bridge in the town centre, March 3, 2017. REUTERS/Jane Doe",
    ],
)
def test_news_agency_captions_removed(caption):
    art = _clean(MENU + BODY[:2] + [caption] + BODY[2:])
    assert art.text.split("\n\n") == BODY
    assert {r.text: r.reason for r in art.removed}[caption] == "agency-caption"


def test_short_paragraphs_between_captions_stay():
    short = [
        "Engineers said the cracks had grown over the winter months.",
        "Traffic will be sent along the ring road instead.",
        "Shops in the centre fear they will lose customers.",
    ]
    caption = "Workers repair the road near the bridge on Monday. (AP Photo/Jane Doe)"
    page = MENU + BODY + ["Cracks found", short[0], caption, short[1], "What next", short[2]]
    page += ["Related stories", "Council tax to rise again"]
    art = _clean(page)
    assert art.text.split("\n\n") == BODY + ["Cracks found"] + short[:2] + ["What next", short[2]]
    text_cleaner.DISABLED_RULES.add("inline-captions")
    try:
        without = _clean(page)
    finally:
        text_cleaner.DISABLED_RULES.discard("inline-captions")
    assert short[2] not in without.text.split("\n\n")


def test_reader_comments_after_comment_headers_removed():
    comments = [
        "Jane Roe on May 3, 2019 at 4:47 pm said:",
        "I drive over that bridge every day and never noticed anything wrong with it at all.",
        "John Poe on May 4, 2019 at 9:05 am said:",
        "The council should have checked the supports years ago, as many of us asked it to do.",
    ]
    art = _clean(MENU + BODY + comments)
    assert art.text.split("\n\n") == BODY
    reasons = {r.text: r.reason for r in art.removed}
    assert reasons[comments[0]] == "comment-header"
    assert reasons[comments[1]] == "comments"


BODY_JA = [
    "市議会は火曜日、古い橋の支柱に深いひびが見つかったため、橋を閉鎖することを決めました。",
    "住民によると、閉鎖で町の中心部までの移動に毎日三十分ほど余計にかかるということです。",
    "市は修理に少なくとも十八か月かかり、費用は数億円になると見込んでいます。",
    "広報担当者は、年末までに仮設の歩道橋を開通させると話しました。",
]


def test_text_without_spaces_between_words_is_scored_by_characters():
    menu = ["ホーム", "ニュース", "スポーツ", "天気", "古い橋を閉鎖へ"]
    footer = [
        "新着記事",
        "駅前に新しい図書館",
        "市長選の日程決まる",
        "お問い合わせ",
        "サイトマップ",
    ]
    art = _clean(menu + BODY_JA + footer)
    assert art.text.split("\n\n") == BODY_JA
    assert text_cleaner.words(BODY_JA[0]) >= 20


def test_teaser_cards_with_recurring_dates_removed():
    cards = []
    for n, (head, who, day) in enumerate(
        [
            ("Library to open on Sundays", "Jane Roe", "May 3, 2019"),
            ("New bus lanes for the ring road", "John Poe", "May 2, 2019"),
            ("School meals to cost more", "Ann Coe", "May 1, 2019"),
        ]
    ):
        summary = (
            f"In story number {n}, the council's plans for the coming year were set out "
            "at a meeting on Monday evening, and residents were asked to give their views."
        )
        cards += [head, who, day, summary]
    art = _clean(MENU + ["Published May 4, 2019"] + BODY + cards)
    assert art.text.split("\n\n") == BODY
    text_cleaner.DISABLED_RULES.add("card-lists")
    try:
        without = _clean(MENU + ["Published May 4, 2019"] + BODY + cards)
    finally:
        text_cleaner.DISABLED_RULES.discard("card-lists")
    assert cards[3] in without.text


def test_a_digest_of_dated_news_briefs_is_no_teaser_list():
    briefs = []
    for n, (head, day) in enumerate(
        [("Air strike kills villagers", "11 April 2025"), ("Shelling hits a camp", "12 April 2025"),
         ("Rebels take a police post", "13 April 2025"), ("Former lawmaker detained", "14 April 2025")]
    ):
        story = (
            f"Brief number {n}: residents said the attack began before dawn on the outskirts of the town, when "
            "several armed men arrived on motorcycles and opened fire on houses near the market. Local officials "
            "said the toll could rise as rescuers searched the rubble, and a spokesman for the provincial "
            "government condemned the violence and promised an investigation. The army did not comment, and "
            "the claims could not be verified independently because telephone lines in the area have been cut "
            "for weeks. Aid groups said hundreds of families had fled to the district capital, where schools "
            "and churches were sheltering them, and warned that food stocks were running low."
        )
        briefs += [head, day, story]
    art = _clean(["REGIONAL NOTES"] + briefs)
    assert text_cleaner.words(briefs[2]) >= text_cleaner.CARD_ITEM_MIN_WORDS
    assert all(b in art.text for b in briefs[2::3])  # every brief's story is kept


def test_rows_with_figures_inside_the_article_stay():
    rows = ["Northside 70, Riverside 44", "Hillview 69, Lakeside 54", "Westbrook 61, Eastfield 21"]
    art = _clean(MENU + BODY[:2] + rows + BODY[2:] + ["Related stories", "Council tax to rise"])
    assert art.text.split("\n\n") == BODY[:2] + rows + BODY[2:]
    text_cleaner.DISABLED_RULES.add("figure-lines")
    try:
        without = _clean(MENU + BODY[:2] + rows + BODY[2:])
    finally:
        text_cleaner.DISABLED_RULES.discard("figure-lines")
    assert rows[0] not in without.text


def test_key_points_that_are_sentences_stay_in_the_body():
    points = ["- Protesters set fire to part of the parliament building",
              "- The president deployed the military to support the police"]
    art = _clean(MENU + BODY[:2] + ["\n".join(points)] + BODY[2:])
    for p in points:
        assert p in art.text
    links = _clean(MENU + BODY + ["- Bridge Closed", "- Council Votes Again"])
    assert "Council Votes Again" not in links.text
