// A JSON object written as a stream of text chunks: fields whose value is a list given as an
// (async) iterable are written element by element, so an object of any size never becomes one
// string. The bytes are exactly those of `JSON.stringify(object, null, indent)`.

type Many<T> = Iterable<T> | AsyncIterable<T>;

/** A field's value, or a list streamed: a function returning the elements, called when the field is reached. */
export type StreamedField =
  readonly [name: string, value: unknown] | readonly [name: string, list: () => Many<unknown>, streamed: true];

export async function* jsonObjectChunks(fields: readonly StreamedField[], indent = 0): AsyncGenerator<string> {
  const nl = indent ? '\n' : '';
  const pad = (depth: number) => ' '.repeat(indent * depth);
  const colon = indent ? ': ' : ':';
  const nested = (value: unknown, depth: number) =>
    indent ? JSON.stringify(value, null, indent).replaceAll('\n', `\n${pad(depth)}`) : JSON.stringify(value);
  yield '{';
  for (const [i, field] of fields.entries()) {
    const [name] = field;
    yield `${i ? ',' : ''}${nl}${pad(1)}${JSON.stringify(name)}${colon}`;
    if (field.length === 2) {
      yield nested(field[1], 1);
      continue;
    }
    yield '[';
    let first = true;
    for await (const item of field[1]()) {
      yield `${first ? '' : ','}${nl}${pad(2)}${nested(item, 2)}`;
      first = false;
    }
    yield `${first ? '' : `${nl}${pad(1)}`}]`;
  }
  yield `${fields.length ? nl : ''}}`;
}
