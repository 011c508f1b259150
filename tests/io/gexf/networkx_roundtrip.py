"""Reads a claimgraph GEXF with networkx (Debian's 2.8: GEXF 1.2 only), writes it back with
networkx's writer, and prints what a networkx user sees as JSON: node colours, sizes and
positions, edge kinds, labels and weights, aliases decoded with json.loads.

usage: networkx_roundtrip.py IN.gexf OUT.gexf"""
import json
import sys

import networkx as nx

source, target = sys.argv[1], sys.argv[2]
graph = nx.read_gexf(source)
nx.write_gexf(graph, target)


def hex_color(color):
    return "#%02x%02x%02x" % (color["r"], color["g"], color["b"])


nodes = {}
for key, data in graph.nodes(data=True):
    viz = data.get("viz", {})
    node = {
        "kind": data.get("kind"),
        "label": data.get("label"),
        "color": hex_color(viz["color"]) if "color" in viz else None,
        "size": viz.get("size"),
        "position": viz.get("position"),
    }
    if "aliases" in data:
        node["aliases"] = json.loads(data["aliases"])
    if "contentStart" in data:
        node["contentStart"] = data["contentStart"]
    nodes[key] = node

edges = {}
for source_key, target_key, key, data in graph.edges(keys=True, data=True):
    edges[key] = {
        "source": source_key,
        "target": target_key,
        "kind": data.get("kind"),
        "label": data.get("label"),
        "weight": data.get("weight"),
    }

print(json.dumps({"directed": graph.is_directed(), "multigraph": graph.is_multigraph(), "nodes": nodes, "edges": edges}))
