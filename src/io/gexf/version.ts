// The GEXF versions claimgraph writes: 1.3 (the default, the current schema) and 1.2 (the
// "1.2draft" namespace, the newest that networkx 2.8 and older Gephi plug-ins read). The
// opening <gexf> tag of each, written by both writers: graphology-gexf's own for 1.2 has a
// malformed viz namespace (`http:///www.gexf.net/1.1draft/viz`), so viz data is lost on
// readers that match namespaces (networkx); claimgraph writes the right one.
export const GEXF_VERSIONS = ['1.3', '1.2'] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];

export const DEFAULT_GEXF_VERSION: GexfVersion = '1.3';

export const isGexfVersion = (value: unknown): value is GexfVersion =>
  typeof value === 'string' && (GEXF_VERSIONS as readonly string[]).includes(value);

export const GEXF_OPENING_TAG: Record<GexfVersion, string> = {
  '1.3':
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
  '1.2':
    '<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd">',
};

export interface GexfOptions {
  /** 1.3 unless given. */
  version?: GexfVersion;
}
