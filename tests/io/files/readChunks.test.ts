// readTextChunks: a file's text in pieces that never split a character, with the same
// refusals as readTextFile (binary, invalid UTF-8, directory, missing), offsets included.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.ts';
import { readTextChunks } from '../../../src/io/files/readChunks.ts';
import { tempDirs } from '../../support/tempDir.ts';

const freshDir = tempDirs('read-chunks');

async function collect(path: string, chunkBytes: number): Promise<string[]> {
  const pieces: string[] = [];
  for await (const piece of readTextChunks(path, chunkBytes)) pieces.push(piece);
  return pieces;
}

const file = (content: string | Uint8Array): string => {
  const path = join(freshDir(), 'f.txt');
  writeFileSync(path, content);
  return path;
};

describe('readTextChunks', () => {
  const text = 'Ürümqi — 北京 said 🙂 «non», ¤ and ok.\n'.repeat(20);

  it.each([1, 2, 3, 5, 64, 1 << 20])(
    'gives the text back whole in pieces of %i bytes, no character split',
    async (size) => {
      const pieces = await collect(file(text), size);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) expect(piece).toBe(Buffer.from(piece, 'utf8').toString('utf8'));
    },
  );

  it('drops a BOM at the start only', async () => {
    expect((await collect(file('\uFEFF<gexf/>\uFEFF'), 2)).join('')).toBe('<gexf/>\uFEFF');
  });

  it('an empty file has no piece', async () => {
    expect(await collect(file(''), 16)).toEqual([]);
  });

  it.each([
    ['a NUL byte', Buffer.from('abc\u0000def'), 2, 'is a binary file, not text (NUL byte at offset 3)'],
    ['invalid UTF-8', Buffer.from([0x61, 0x62, 0xff, 0x63]), 64, 'is not valid UTF-8 (at byte 2)'],
    [
      'a broken sequence across two pieces',
      Buffer.concat([Buffer.from('aé'), Buffer.from([0xe2, 0x82, 0x41])]),
      4,
      'is not valid UTF-8 (at byte 3)',
    ],
    [
      'a file that ends inside a character',
      Buffer.concat([Buffer.from('ab'), Buffer.from([0xf0, 0x9f])]),
      3,
      'is not valid UTF-8 (at byte 2)',
    ],
  ])('%s is an InputError with the offset', async (_name, bytes, size, message) => {
    const path = file(bytes);
    const reading = collect(path, size);
    await expect(reading).rejects.toThrow(InputError);
    await expect(collect(path, size)).rejects.toThrow(`claimgraph/io/readChunks: ${path}: ${message}`);
  });

  it('a directory and a missing file are InputErrors naming them', async () => {
    const dir = freshDir();
    await expect(collect(dir, 16)).rejects.toThrow(`${dir}: is a directory, not a file`);
    await expect(collect(join(dir, 'none.gexf'), 16)).rejects.toThrow(`${join(dir, 'none.gexf')}: no such file`);
  });
});
