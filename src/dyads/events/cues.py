"""Loads the cue lists (modality, attribution, argument roles) from ``data/events/cues.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from dyads.data import read_yaml
from dyads.errors import DyadsError

_LIST_KEYS = (
    "threat_verbs",
    "request_verbs",
    "intent_verbs",
    "report_verbs",
    "report_adverbs",
    "hypothetical_modals",
    "future_modals",
    "condition_marks",
    "happen_verbs",
    "failure_verbs",
    "undergo_verbs",
    "counter_verbs",
    "prevention_verbs",
    "averting_verbs",
    "ending_verbs",
    "kind_heads",
    "legal_heads",
    "permission_nouns",
    "permission_verbs",
    "causing_verbs",
    "document_nouns",
    "reciprocal_fighting",
    "reciprocal_acts",
    "behest_nouns",
    "from_agent_nouns",
    "trade_nouns",
    "making_verbs",
    "declaring_nouns",
    "tie_participles",
    "period_words",
    "habit_adverbs",
    "trend_verbs",
    "regarding_verbs",
    "social_ills",
    "site_nouns",
    "third_party_verbs",
    "topic_verbs",
    "medium_verbs",
    "mover_nouns",
    "judge_verbs",
    "censure_verbs",
    "objecting_verbs",
    "violence_nouns",
    "topic_nouns",
    "relational_nouns",
    "member_nouns",
    "act_nouns",
    "response_verbs",
    "patient_nouns",
    "party_name_words",
    "regional_words",
    "light_verbs",
    "speaker_threat_triggers",
    "default_target_preps",
    "addressed_nouns",
    "perception_verbs",
    "accident_verbs",
    "accident_nouns",
    "forum_nouns",
    "agent_preps",
    "commitment_cues",
    "praise_words",
    "blame_words",
    "instigation_verbs",
    "sports_words",
    "weather_words",
    "culture_words",
    "wildlife_words",
    "private_dispute_words",
    "lifestyle_words",
    "simulation_words",
    "score_words",
    "enact_verbs",
    "partner_nouns",
    "harm_verbs",
    "wielded_nouns",
    "outbreak_verbs",
    "disabling_verbs",
)


@dataclass(frozen=True)
class Cues:
    threat_verbs: frozenset[str]
    request_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    report_verbs: frozenset[str]
    report_adverbs: frozenset[str]
    hypothetical_modals: frozenset[str]
    future_modals: frozenset[str]
    condition_marks: frozenset[str]
    happen_verbs: frozenset[str]
    failure_verbs: frozenset[str]
    undergo_verbs: frozenset[str]
    counter_verbs: frozenset[str]
    prevention_verbs: frozenset[str]
    averting_verbs: frozenset[str]
    ending_verbs: frozenset[str]
    kind_heads: frozenset[str]
    legal_heads: frozenset[str]
    permission_nouns: frozenset[str]
    permission_verbs: frozenset[str]
    causing_verbs: frozenset[str]
    document_nouns: frozenset[str]
    reciprocal_fighting: frozenset[str]
    reciprocal_acts: frozenset[str]
    behest_nouns: frozenset[str]
    from_agent_nouns: frozenset[str]
    trade_nouns: frozenset[str]
    making_verbs: frozenset[str]
    declaring_nouns: frozenset[str]
    tie_participles: frozenset[str]
    period_words: frozenset[str]
    habit_adverbs: frozenset[str]
    trend_verbs: frozenset[str]
    regarding_verbs: frozenset[str]
    social_ills: frozenset[str]
    site_nouns: frozenset[str]
    third_party_verbs: frozenset[str]
    topic_verbs: frozenset[str]
    medium_verbs: frozenset[str]
    mover_nouns: frozenset[str]
    judge_verbs: frozenset[str]
    censure_verbs: frozenset[str]
    objecting_verbs: frozenset[str]
    violence_nouns: frozenset[str]
    topic_nouns: frozenset[str]
    relational_nouns: frozenset[str]
    member_nouns: frozenset[str]
    act_nouns: frozenset[str]
    response_verbs: frozenset[str]
    patient_nouns: frozenset[str]
    party_name_words: frozenset[str]
    regional_words: frozenset[str]
    light_verbs: frozenset[str]
    speaker_threat_triggers: frozenset[str]
    default_target_preps: frozenset[str]
    addressed_nouns: frozenset[str]
    perception_verbs: frozenset[str]
    accident_verbs: frozenset[str]
    accident_nouns: frozenset[str]
    forum_nouns: frozenset[str]
    agent_preps: frozenset[str]
    commitment_cues: frozenset[str]
    praise_words: frozenset[str]
    blame_words: frozenset[str]
    instigation_verbs: frozenset[str]
    sports_words: frozenset[str]
    weather_words: frozenset[str]
    culture_words: frozenset[str]
    wildlife_words: frozenset[str]
    private_dispute_words: frozenset[str]
    lifestyle_words: frozenset[str]
    simulation_words: frozenset[str]
    score_words: frozenset[str]
    enact_verbs: frozenset[str]
    partner_nouns: frozenset[str]
    harm_verbs: frozenset[str]
    wielded_nouns: frozenset[str]
    outbreak_verbs: frozenset[str]
    disabling_verbs: frozenset[str]

    @cached_property
    def speech_verbs(self) -> frozenset[str]:
        """Verbs of saying, asking, threatening and censuring (one set, built once)."""
        return self.report_verbs | self.request_verbs | self.threat_verbs | self.censure_verbs


def parse_cues(data: object, origin: str = "cues.yaml") -> Cues:
    """Validate the YAML mapping and build :class:`Cues`; raise DyadsError naming the bad key."""
    if not isinstance(data, dict):
        raise DyadsError(f"{origin}: expected a mapping of cue lists")
    missing = [k for k in _LIST_KEYS if k not in data]
    if missing:
        raise DyadsError(f"{origin}: missing cue list(s): {', '.join(missing)}")
    values = {}
    for key in _LIST_KEYS:
        items = data[key]
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise DyadsError(f"{origin}: '{key}' must be a list of non-empty strings")
        values[key] = frozenset(i.lower() for i in items)
    return Cues(**values)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    return parse_cues(read_yaml("events/cues.yaml"))
