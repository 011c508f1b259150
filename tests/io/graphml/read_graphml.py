"""Reads claimgraph's GraphML with networkx and with python-igraph, checks every span with
code-point offsets (Python's text[start:end] gives the span's text, once the file's ¤ escape
is undone as its description says), and prints a JSON summary of what each reader sees.

usage: read_graphml.py FILE.graphml"""
import json
import re
import sys

import igraph
import networkx as nx

path = sys.argv[1]
graph = nx.read_graphml(path)


def unescape(value):
    """The file's string escape: ¤XXXX is the UTF-16 code unit XXXX; a lone ¤ is the empty string."""
    if value == "\u00a4":
        return ""
    return re.sub("\u00a4([0-9A-F]{4})", lambda match: chr(int(match.group(1), 16)), value)


texts = {
    unescape(key)[len("doc:"):]: unescape(data["text"])
    for key, data in graph.nodes(data=True)
    if data.get("kind") == "document" and "text" in data
}
checked, mismatches = 0, []


def check(doc, start, end, expected, where):
    global checked
    text = texts.get(unescape(doc))
    if text is None:
        return
    checked += 1
    expected = unescape(expected)
    if text[start:end] != expected:
        mismatches.append({"where": where, "got": text[start:end], "expected": expected})


for key, data in graph.nodes(data=True):
    if data.get("kind") == "claim":
        check(data["doc"], data["contentStartCp"], data["contentEndCp"], data.get("text", ""), key)
for _, _, key, data in graph.edges(keys=True, data=True):
    for span in ("cue", "evidence"):
        if span + "StartCp" in data:
            check(data["doc"], data[span + "StartCp"], data[span + "EndCp"], data.get(span + "Text", ""), key + " " + span)

ig = igraph.Graph.Read_GraphML(path)
print(json.dumps({
    "networkx": {
        "directed": graph.is_directed(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "checked": checked,
        "mismatches": mismatches,
        "colors": {key: data.get("color") for key, data in graph.nodes(data=True)},
        "aliases": {key: json.loads(data["aliases"]) for key, data in graph.nodes(data=True) if "aliases" in data},
        "edgeData": {key: data for _, _, key, data in graph.edges(keys=True, data=True)},
    },
    "igraph": {
        "directed": ig.is_directed(),
        "nodes": ig.vcount(),
        "edges": ig.ecount(),
        "ids": ig.vs["id"],
        "labels": ig.vs["label"],
        "colors": ig.vs["color"],
        "edgeKinds": ig.es["kind"],
        "weights": ig.es["weight"],
    },
}, ensure_ascii=True))
