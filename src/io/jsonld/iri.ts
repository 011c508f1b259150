// IRIs for claimgraph's nodes: `urn:claimgraph:` followed by the node key (`actor:russia`,
// `claim:aleppo-2016/s9`) percent-encoded where an IRI may not hold it. Every key gets its
// own IRI: UTF-8 bytes for any character outside a safe ASCII set, and for a lone surrogate
// (which UTF-8 cannot hold) the three bytes of its WTF-8 form, so that no two keys collide.
export const DEFAULT_BASE = 'urn:claimgraph:';

const SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;
const utf8 = new TextEncoder();
const hex = (byte: number): string => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function wtf8(code: number): string {
  return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map(hex).join('');
}

/** The IRI-safe form of a key. */
export function encodeKey(key: string): string {
  let out = '';
  for (const char of key) {
    const code = char.codePointAt(0) as number;
    if (char.length === 1 && SAFE.test(char)) out += char;
    else if (code >= 0xd800 && code <= 0xdfff) out += wtf8(code);
    else out += [...utf8.encode(char)].map(hex).join('');
  }
  return out;
}
