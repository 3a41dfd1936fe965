"""A small multi-outlet corpus: the same stories told by several outlets, in their own words.

Written for these tests (no gold data from the evaluation kit). Each report is what
an extractor would plausibly code from the outlet's sentence, including the noise
real reports carry: publication dates a day apart, one outlet leaving out the
place, one naming the actor at another level (the US rather than the US military).
Distractor stories share a dyad with another story but are distinct events: the
same strike a week later, the same day in another city, a threat rather than an
attack, the reverse direction.

``REPORTS`` rows: (story, outlet, published, sentence, source, target, plover, extras).
"""

from __future__ import annotations

from dyads.model import CodedDocument

from .helpers import document

M = {"place": "Mosul"}
R = {"place": "Raqqa"}
D = {"place": "Damascus"}

REPORTS: list[tuple[str, str, str, str, str, str, str, dict]] = [
    # 1. Iraqi army assault on Isis in Mosul, four outlets, publication dates spread over 2 days
    (
        "mosul-assault",
        "wire.example",
        "2017-06-18",
        "Iraqi forces launched an assault on the Isis-held old city of Mosul on Sunday.",
        "IRQMIL",
        "ISIS",
        "ASSAULT",
        M,
    ),
    (
        "mosul-assault",
        "daily.example",
        "2017-06-18",
        "The Iraqi army stormed Islamic State positions in Mosul's old city.",
        "IRQMIL",
        "ISIS",
        "ASSAULT",
        M,
    ),
    (
        "mosul-assault",
        "weekly.example",
        "2017-06-19",
        "Troops pushed into the last Isis stronghold in Mosul yesterday.",
        "IRQMIL",
        "ISIS",
        "ASSAULT",
        M,
    ),
    (
        "mosul-assault",
        "radio.example",
        "2017-06-20",
        "Iraq's military began its final push against jihadists in Mosul.",
        "IRQMIL",
        "ISIS",
        "ASSAULT",
        M,
    ),
    # 2. US-led air strikes on Raqqa, three outlets; one leaves out the place
    (
        "raqqa-strikes",
        "wire.example",
        "2017-06-18",
        "US-led coalition jets struck Isis targets in Raqqa overnight.",
        "USAMIL",
        "ISIS",
        "ASSAULT",
        R,
    ),
    (
        "raqqa-strikes",
        "daily.example",
        "2017-06-19",
        "American warplanes bombed the Islamic State's de facto capital Raqqa.",
        "USAMIL",
        "ISIS",
        "ASSAULT",
        R,
    ),
    (
        "raqqa-strikes",
        "radio.example",
        "2017-06-19",
        "Coalition aircraft carried out new strikes against Isis.",
        "USAMIL",
        "ISIS",
        "ASSAULT",
        {},
    ),
    # 3. Distractor: another round of strikes on Raqqa a week later
    (
        "raqqa-strikes-2",
        "wire.example",
        "2017-06-26",
        "Coalition jets again pounded Raqqa, a week after the last raids.",
        "USAMIL",
        "ISIS",
        "ASSAULT",
        R,
    ),
    (
        "raqqa-strikes-2",
        "daily.example",
        "2017-06-27",
        "US aircraft hit Isis in Raqqa once more on Monday.",
        "USAMIL",
        "ISIS",
        "ASSAULT",
        R,
    ),
    # 4. Distractor: the same day, US strikes on Isis in Mosul (another place)
    (
        "mosul-strikes",
        "wire.example",
        "2017-06-18",
        "US aircraft also struck Isis fighters inside Mosul.",
        "USAMIL",
        "ISIS",
        "ASSAULT",
        M,
    ),
    (
        "mosul-strikes",
        "weekly.example",
        "2017-06-19",
        "American jets supported the ground offensive with raids on Mosul.",
        "USAMIL",
        "ISIS",
        "ASSAULT",
        M,
    ),
    # 5. Russia backs Assad, three outlets; one names Russia's military not its government
    (
        "russia-assad",
        "wire.example",
        "2017-06-18",
        "Moscow reaffirmed its backing for the Assad government.",
        "RUSGOV",
        "SYRGOV",
        "SUPPORT",
        {},
    ),
    (
        "russia-assad",
        "daily.example",
        "2017-06-19",
        "The Kremlin said it stands by Syria's president.",
        "RUSGOV",
        "SYRGOV",
        "SUPPORT",
        {},
    ),
    (
        "russia-assad",
        "weekly.example",
        "2017-06-19",
        "Russian forces pledged continued support to Damascus.",
        "RUSMIL",
        "SYRGOV",
        "SUPPORT",
        {},
    ),
    # 6. Israeli strikes on the Syrian army, two outlets
    (
        "israel-syria",
        "wire.example",
        "2017-06-24",
        "Israeli jets struck Syrian army positions near Damascus.",
        "ISRMIL",
        "SYRMIL",
        "ASSAULT",
        D,
    ),
    (
        "israel-syria",
        "radio.example",
        "2017-06-25",
        "Israel's air force hit Syrian government troops outside Damascus.",
        "ISRMIL",
        "SYRMIL",
        "ASSAULT",
        D,
    ),
    # 7. Distractor: Syria accuses Israel (reverse direction, another type)
    (
        "syria-accuses",
        "wire.example",
        "2017-06-25",
        "Damascus accused Israel of aiding rebels with the raids.",
        "SYRGOV",
        "ISRMIL",
        "ACCUSE",
        {},
    ),
    # 8. Saudi-led blockade of Qatar, three outlets
    (
        "qatar-blockade",
        "wire.example",
        "2017-06-05",
        "Saudi Arabia and its allies cut ties with Qatar and closed its borders.",
        "SAUGOV",
        "QATGOV",
        "SANCTION",
        {},
    ),
    (
        "qatar-blockade",
        "daily.example",
        "2017-06-05",
        "Riyadh imposed a blockade on Qatar on Monday.",
        "SAUGOV",
        "QATGOV",
        "SANCTION",
        {},
    ),
    (
        "qatar-blockade",
        "weekly.example",
        "2017-06-06",
        "The Saudi-led bloc sealed off Doha by land, sea and air.",
        "SAUGOV",
        "QATGOV",
        "SANCTION",
        {},
    ),
    # 9. Trump threatens to bomb the regime: a threat, reported twice
    (
        "trump-threat",
        "wire.example",
        "2017-06-27",
        "Washington warned it would strike the Assad regime if it used chemical weapons.",
        "USAGOV",
        "SYRGOV",
        "THREATEN",
        {},
    ),
    (
        "trump-threat",
        "daily.example",
        "2017-06-28",
        "The White House threatened the Syrian government with a heavy price.",
        "USAGOV",
        "SYRGOV",
        "THREATEN",
        {},
    ),
    # 10. Distractor: an actual US attack on the regime months earlier
    (
        "us-shayrat",
        "wire.example",
        "2017-04-07",
        "US cruise missiles hit a Syrian air base.",
        "USAGOV",
        "SYRGOV",
        "ASSAULT",
        {},
    ),
    # 11. The US backs the Iraqi army, two outlets, one a day later
    (
        "us-iraq",
        "daily.example",
        "2017-06-20",
        "The US pledged more help to Iraqi troops fighting in Mosul.",
        "USAGOV",
        "IRQMIL",
        "SUPPORT",
        {},
    ),
    (
        "us-iraq",
        "radio.example",
        "2017-06-21",
        "Washington promised fresh backing for Iraq's army.",
        "USAGOV",
        "IRQMIL",
        "SUPPORT",
        {},
    ),
    # 12. SDF pushes on Raqqa, three outlets
    (
        "sdf-raqqa",
        "wire.example",
        "2017-06-22",
        "The Kurdish-led SDF advanced on Raqqa from the east.",
        "SYRREB",
        "ISIS",
        "COERCE",
        R,
    ),
    (
        "sdf-raqqa",
        "daily.example",
        "2017-06-22",
        "Syrian Democratic Forces fighters pressed into Raqqa's suburbs.",
        "SYRREB",
        "ISIS",
        "COERCE",
        R,
    ),
    (
        "sdf-raqqa",
        "weekly.example",
        "2017-06-23",
        "US-backed militias closed in on Isis in Raqqa.",
        "SYRREB",
        "ISIS",
        "COERCE",
        R,
    ),
    # 13. Iran accuses Saudi Arabia, one outlet; distinct from everything
    (
        "iran-saudi",
        "radio.example",
        "2017-06-08",
        "Tehran blamed Riyadh for the attacks in the Iranian capital.",
        "IRNGOV",
        "SAUGOV",
        "ACCUSE",
        {},
    ),
]


def build() -> tuple[list[CodedDocument], dict[str, str]]:
    """Coded documents (one report each) and the gold story of each document id."""
    docs, gold = [], {}
    for story, outlet, published, sentence, src, tgt, plover, extra in REPORTS:
        doc = document(
            sentence,
            [(src, tgt, plover, dict(extra))],
            published=published,
            url=f"https://{outlet}/{story}",
            site=outlet,
        )
        docs.append(doc)
        gold[doc.id] = story
    return docs, gold
