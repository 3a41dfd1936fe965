"""Generated events for benchmarks: random dyads among 210 actor codes (30 countries x 7
sectors), 300 places, eight PLOVER types, dates over five years. Uniformly random
actors are a hard case for the network (almost every event its own dyad-month)."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from dyads.model import Actor, Article, CodedDocument, Event, Place

COUNTRIES = [
    "USA", "RUS", "CHN", "IRQ", "SYR", "IRN", "ISR", "SAU", "TUR", "GBR", "FRA", "DEU", "EGY",
    "QAT", "ARE", "JOR", "LBN", "YEM", "AFG", "PAK", "IND", "UKR", "POL", "LBY", "SDN", "ETH",
    "SOM", "KEN", "NGA", "MLI",
]  # fmt: skip
SECTORS = ["GOV", "MIL", "REB", "OPP", "CVL", "MED", "COP"]
TYPES = [
    ("SUPPORT", "051", 1, 3.4), ("CONSULT", "040", 1, 1.0), ("AID", "070", 2, 7.0),
    ("COOPERATE", "060", 2, 6.0), ("ACCUSE", "112", 3, -2.0), ("THREATEN", "138", 3, -7.0),
    ("SANCTION", "163", 4, -8.0), ("ASSAULT", "195", 4, -10.0),
]  # fmt: skip


def actors(rng: random.Random) -> list[Actor]:
    out = []
    for c in COUNTRIES:
        for s in SECTORS:
            out.append(Actor(text=f"{c} {s}", name=f"{c} {s}", code=c + s, country=c, sector=s))
    return out


def generate(n_events: int, per_doc: int = 20, seed: int = 0) -> list[CodedDocument]:
    rng = random.Random(seed)
    acts = actors(rng)
    places = [
        Place(text=f"Town{i}", start=0, end=5, name=f"Town{i}", geonameid=100000 + i,
              lat=rng.uniform(-40, 60), lon=rng.uniform(-20, 120), country=rng.choice(COUNTRIES))
        for i in range(300)
    ]  # fmt: skip
    docs = []
    n_docs = n_events // per_doc
    for d in range(n_docs):
        doc_id = f"bench{seed}-{d:08d}"
        y, m, day = 2015 + rng.randrange(5), 1 + rng.randrange(12), 1 + rng.randrange(28)
        published = f"{y}-{m:02d}-{day:02d}"
        text = f"Generated report {d}."
        evs = []
        for j in range(per_doc):
            plover, cameo, quad, gold = rng.choice(TYPES)
            s, t = rng.sample(acts, 2)
            evs.append(
                Event(
                    id=f"{doc_id}-e{j}", doc_id=doc_id, sentence=f"Sentence {j} of report {d}.",
                    evidence=(0, 5), trigger="did", plover=plover, cameo=cameo, quad_class=quad,
                    goldstein=gold, source=[s], target=[t],
                    place=rng.choice(places) if rng.random() < 0.6 else None,
                    date=published, date_precision="day", confidence=0.7, rule="bench",
                )
            )  # fmt: skip
        art = Article(
            doc_id=doc_id, text=text, published=published, url=f"https://o{d % 50}.example/{d}"
        )
        docs.append(CodedDocument(id=doc_id, article=art, events=evs))
    return docs


def bench_insert(n_events: int, batch_docs: int = 500, docs=None) -> dict:
    from dyads.store import Store

    docs = docs or generate(n_events)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.duckdb"
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        st = Store(path)
        for k in range(0, len(docs), batch_docs):
            st.write_many(docs[k : k + batch_docs])
        st.close()  # the final checkpoint counts too
        dt_ = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
        with Store(path) as st:
            n = st.count("event_sources")
            merged = st.count("events")
            # rerunning stores nothing (idempotency) and is fast
            t1 = time.perf_counter()
            again = sum(
                st.write_many(docs[k : k + batch_docs]) for k in range(0, len(docs), batch_docs)
            )
            dt_again = time.perf_counter() - t1
    return {
        "events": n,
        "merged_events": merged,
        "docs": len(docs),
        "seconds": dt_,
        "events_per_s": n / dt_,
        "cpu_seconds": cpu,
        "rerun_new_docs": again,
        "rerun_seconds": dt_again,
    }


def bench_network(n_events: int) -> dict:
    """Insert n generated events (bulk, through Store.write_many), then time the month network."""
    from dyads.network import dyad_table, graphs_by_period
    from dyads.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "n.duckdb"
        chunk = 100_000
        t_ins = 0.0
        with Store(path) as st:
            for i in range(0, n_events, chunk):
                docs = generate(min(chunk, n_events - i), seed=1 + i // chunk)
                t0 = time.perf_counter()
                for k in range(0, len(docs), 500):
                    st.write_many(docs[k : k + 500])
                t_ins += time.perf_counter() - t0
            n = st.count("events")
        with Store(path, read_only=True) as st:
            t0 = time.perf_counter()
            table = dyad_table(st.connection, period="month", level="sector")
            t_sql = time.perf_counter() - t0
            graphs = graphs_by_period(table)
            t_total = time.perf_counter() - t0
            t0 = time.perf_counter()
            table_c = dyad_table(st.connection, period="month", level="code")
            t_code = time.perf_counter() - t0
    return {
        "events": n,
        "insert_seconds": t_ins,
        "insert_events_per_s": n / t_ins,
        "dyad_rows": len(table),
        "periods": len(graphs),
        "sql_seconds": t_sql,
        "network_seconds": t_total,
        "code_level_seconds": t_code,
        "code_level_rows": len(table_c),
    }


def run(
    events: int = 200_000,
    network_events: int = 1_000_000,
    repeats: int = 3,
    batch: int = 500,
    skip_network: bool = False,
    say=print,
) -> dict:
    """Run the store benchmarks and ``say`` one line per figure; returns the figures."""
    import os
    import platform

    say(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    say(f"load average at start: {os.getloadavg()[0]:.2f} (other jobs may share the cores)")
    docs = generate(events)
    runs = sorted(
        (bench_insert(events, batch, docs=docs) for _ in range(repeats)),
        key=lambda r: r["seconds"],
    )
    for ins in runs:
        say(
            f"insert: {ins['events']} events ({ins['docs']} docs in batches of {batch}, "
            f"{ins['merged_events']} after dedup) in {ins['seconds']:.2f} s wall "
            f"({ins['cpu_seconds']:.2f} s CPU) = {ins['events_per_s']:,.0f} events/s; "
            f"rerun stored {ins['rerun_new_docs']} docs in {ins['rerun_seconds']:.2f} s"
        )
    say(
        f"insert best of {len(runs)}: {runs[0]['events_per_s']:,.0f} events/s, "
        f"median {runs[len(runs) // 2]['events_per_s']:,.0f} events/s"
    )
    out: dict = {"insert": runs}
    if not skip_network:
        net = out["network"] = bench_network(network_events)
        say(
            f"network: {net['events']} events (inserted at {net['insert_events_per_s']:,.0f}/s); "
            f"month x sector dyads: {net['dyad_rows']} rows, {net['periods']} monthly graphs in "
            f"{net['network_seconds']:.2f} s (SQL {net['sql_seconds']:.2f} s); "
            f"code level SQL {net['code_level_seconds']:.2f} s"
        )
    return out
