"""Parses claimgraph's JSON-LD with rdflib, answers "who accused ACTOR" with SPARQL from the
triples, and checks every span's Web Annotation selector: the document's schema:text sliced
with Python's text[oa:start:oa:end] gives the oa:exact text. Prints a JSON summary.

usage: read_jsonld.py FILE.jsonld ACTOR_NAME"""
import json
import sys

import rdflib

path, actor = sys.argv[1], sys.argv[2]
graph = rdflib.Graph()
graph.parse(path, format="json-ld")

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX cg: <urn:claimgraph:vocab:>
"""

WHO_ACCUSED = PREFIXES + """
SELECT ?speaker ?claim ?text ?document WHERE {
  ?claim a schema:Claim ;
         cg:stance "accuses" ;
         cg:targets ?accused ;
         prov:wasAttributedTo ?agent ;
         schema:text ?text ;
         prov:wasDerivedFrom ?quotation .
  ?quotation a schema:Quotation ;
             prov:wasQuotedFrom ?doc .
  ?doc schema:name ?document .
  ?accused schema:name ?name .
  ?agent schema:name ?speaker .
  FILTER (str(?name) = ?actor)
}
ORDER BY ?claim
"""

SPANS = PREFIXES + """
SELECT ?start ?end ?exact ?text WHERE {
  ?span oa:hasSource ?doc ;
        oa:hasSelector ?position, ?quote .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  ?doc schema:text ?text .
}
"""

accusers = [
    {"speaker": str(row.speaker), "claim": str(row.claim), "text": str(row.text), "document": str(row.document)}
    for row in graph.query(WHO_ACCUSED, initBindings={"actor": rdflib.Literal(actor)})
]
checked, mismatches = 0, []
for row in graph.query(SPANS):
    checked += 1
    text = str(row.text)
    start, end = int(row.start), int(row.end)
    if text[start:end] != str(row.exact):
        mismatches.append({"got": text[start:end], "expected": str(row.exact)})

types = sorted({str(o) for o in graph.objects(None, rdflib.RDF.type)})
print(json.dumps({"triples": len(graph), "accusers": accusers, "checked": checked, "mismatches": mismatches, "types": types}, ensure_ascii=True))
