"""Exports of stored events: PLOVER JSONL, GDELT-2.0-style TSV, Parquet, CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from .store import Store

__all__ = ["GDELT_COLUMNS", "gdelt_row", "plover_record", "export"]

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    # chronist's additions after GDELT's columns
    "PloverType", "PloverMode", "DatePrecision", "Negated", "Hypothetical", "Future", "Historical",
    "Confidence", "Rule", "Sentence",
]
_GEO_TYPE = {"country": 1, "admin1": 5, "city": 4}


def _date_parts(date: str | None) -> tuple[str, str, str, str]:
    if not date:
        return "", "", "", ""
    parts = (date.split("-") + ["01", "01"])[:3]
    y, m, d = int(parts[0]), int(parts[1]), int(parts[2])
    return f"{y:04d}{m:02d}{d:02d}", f"{y:04d}{m:02d}", f"{y:04d}", f"{y + ((m - 1) * 30 + d) / 365:.4f}"


def gdelt_row(r: dict[str, Any], added: str = "") -> list[Any]:
    sql, month, year, frac = _date_parts(r.get("date"))
    a1 = r["source"][0] if r["source"] else {}
    a2 = r["target"][0] if r["target"] else {}
    geo = r["location"][0] if r["location"] else {}
    cameo = r.get("cameo") or ""

    def actor(a: dict[str, Any]) -> list[Any]:
        return [a.get("cameo_actor") or "", (a.get("name") or a.get("text") or "").upper(), a.get("country") or "",
                "", "", "", "", a.get("sector") or "", "", ""]

    def place(p: dict[str, Any]) -> list[Any]:
        if not p:
            return ["0", "", "", "", "", "", "", ""]
        return [_GEO_TYPE.get(p.get("precision") or "", 4), p.get("name") or "", p.get("country") or "",
                p.get("admin1") or "", "", p.get("lat"), p.get("lon"), p.get("geonames_id") or ""]

    ev = r["evidence"]
    return ([r["event_id"], sql, month, year, frac] + actor(a1) + actor(a2) +
            [1, cameo, cameo[:3], cameo[:2], r.get("quad_class") or "", r.get("goldstein"), 1, 1, 1, ""] +
            place({}) + place({}) + place(geo) + [added, r.get("url") or ""] +
            [r["event_type"], r.get("mode") or "", r.get("date_precision"), int(r["negated"]), int(r["hypothetical"]),
             int(r["future"]), int(r["historical"]), r["confidence"], ev["rule"], ev["sentence"]])


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER-style event record (POLECAT's field names where they apply) with chronist's evidence."""
    return {
        "id": r["event_id"], "date": r["date"], "date_precision": r["date_precision"],
        "event_type": r["event_type"], "mode": r["mode"], "context": r["context"],
        "source": [{"text": a["text"], "name": a["name"], "country": a["country"], "sector": a["sector"],
                    "code": a["cameo_actor"]} for a in r["source"]],
        "target": [{"text": a["text"], "name": a["name"], "country": a["country"], "sector": a["sector"],
                    "code": a["cameo_actor"]} for a in r["target"]],
        "cameo": r["cameo"], "quad_class": r["quad_class"], "goldstein": r["goldstein"],
        "location": r["location"], "negated": r["negated"], "hypothetical": r["hypothetical"],
        "future": r["future"], "historical": r["historical"], "attributed_to": r["attributed_to"],
        "confidence": r["confidence"], "url": r["url"], "article_id": r["article_id"],
        "event_text": r["evidence"]["sentence"], "evidence": r["evidence"], "coder": r["coder"],
    }


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    n = 0
    if fmt == "plover-jsonl":
        for r in records:
            out.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "gdelt-tsv":
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(GDELT_COLUMNS)
        for r in records:
            writer.writerow(gdelt_row(r))
            n += 1
    else:
        raise ValueError(f"unknown text export format {fmt!r}")
    return n


def export(store: Store, fmt: str, out: Path | TextIO, **filters: Any) -> int:
    """Write the store's events in ``fmt``; returns the number of events written."""
    if fmt in ("parquet", "csv"):
        if not isinstance(out, Path):
            raise ValueError(f"{fmt} export needs a file path (--out)")
        table = store.events_table(**filters)
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, out)
        else:
            import pyarrow.csv as pacsv

            flat = table.drop_columns([c for c in table.column_names if c in ("context",)])
            pacsv.write_csv(flat, out)
        return int(table.num_rows)
    records = store.event_records(**filters)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as fh:
            return write_records(records, fmt, fh)
    return write_records(records, fmt, out)
