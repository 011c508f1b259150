"""Reads claimgraph's CSV tables with Python's csv module, loads them into a networkx
MultiDiGraph, and checks every span with code-point offsets: the document text sliced with
Python's text[start:end] gives the span's text. Prints a JSON summary.

usage: read_csv.py NODES.csv EDGES.csv gephi|neo4j"""
import csv
import json
import sys

import networkx as nx

nodes_path, edges_path, style = sys.argv[1:4]
KEY, LABEL = ("Id", "Label") if style == "gephi" else ("id", "label")
SOURCE, TARGET, EDGE_KEY = ("Source", "Target", "Id") if style == "gephi" else (":START_ID", ":END_ID", "id")


def plain(name):
    """contentStart:int -> contentStart (Neo4j's typed headers)."""
    return name.split(":")[0] if not name.startswith(":") else name


def typed(row):
    out = {}
    for name, value in row.items():
        if value == "":
            continue
        column = plain(name)
        if column.endswith(("Start", "End", "StartCp", "EndCp")):
            value = int(value)
        elif column in ("Weight", "weight", "size", "x", "y"):
            value = float(value)
        out[column] = value
    return out


with open(nodes_path, newline="", encoding="utf-8") as f:
    nodes = [typed(row) for row in csv.DictReader(f)]
with open(edges_path, newline="", encoding="utf-8") as f:
    edges = [typed(row) for row in csv.DictReader(f)]

graph = nx.MultiDiGraph()
for node in nodes:
    graph.add_node(node[KEY], **node)
for edge in edges:
    graph.add_edge(edge[SOURCE], edge[TARGET], key=edge[EDGE_KEY], **edge)

texts = {node[KEY][len("doc:"):]: node.get("text") for node in nodes if node["kind"] == "document"}
checked, mismatches = 0, []


def check(doc, start, end, expected, where):
    global checked
    text = texts.get(doc)
    if text is None:
        return
    checked += 1
    if text[start:end] != expected:
        mismatches.append({"where": where, "got": text[start:end], "expected": expected})


for node in nodes:
    if node["kind"] == "claim":
        check(node["doc"], node["contentStartCp"], node["contentEndCp"], node.get("text", ""), node[KEY])
for edge in edges:
    for span in ("cue", "evidence"):
        if span + "StartCp" in edge:
            check(edge["doc"], edge[span + "StartCp"], edge[span + "EndCp"], edge.get(span + "Text", ""), edge[EDGE_KEY] + " " + span)

print(json.dumps({
    "header": {"nodes": list(nodes[0].keys())[:3] if nodes else [], "edges": list(edges[0].keys())[:5] if edges else []},
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "checked": checked,
    "mismatches": mismatches,
    "labels": {key: data.get(LABEL) for key, data in graph.nodes(data=True)},
    "colors": {key: data.get("color") for key, data in graph.nodes(data=True)},
    "aliases": {key: json.loads(data["aliases"]) for key, data in graph.nodes(data=True) if "aliases" in data},
    "kinds": {data[EDGE_KEY]: data.get("kind") for _, _, data in graph.edges(data=True)},
    "types": sorted({data.get(":TYPE", data.get("Type")) for _, _, data in graph.edges(data=True)}),
}, ensure_ascii=True))
