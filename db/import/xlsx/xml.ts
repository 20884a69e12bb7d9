// Streams one XML part through sax (isaacs), which, unlike saxes (exceljs's parser), never holds a
// text whole: it hands text over in pieces of at most about 64 KB and refuses a longer name,
// attribute or comment. The handlers keep only what they need, so memory stays flat whatever the
// part holds.
import sax from 'sax';

/** An element's attributes by name, as the part has them: any may be missing. */
export type XmlAttributes = Readonly<Partial<Record<string, string>>>;

export interface XmlHandler {
  /** An element opens; `name` without its namespace prefix. */
  open: (name: string, attributes: XmlAttributes) => void;
  /** Left out by a reader that needs only the opening tags. */
  close?: (name: string) => void;
  /** A piece of text (or CDATA); one text node may come in several pieces. Left out when no text matters. */
  text?: (piece: string) => void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Feeds the part's bytes to `handler`, then after each chunk yields what `drain` collected from it
 * (the rows a chunk completed), so the caller reads rows as the part is inflated, never all of them.
 */
export async function* parseXml<T>(
  chunks: AsyncIterable<Buffer>,
  handler: XmlHandler,
  drain: () => T[] = () => [],
): AsyncGenerator<T> {
  // Position tracking stays on (the default): sax checks its buffers' lengths only as it counts.
  const parser = sax.parser(true);
  // Not namespace-aware (xmlns off), so sax hands attributes over as plain strings.
  parser.onopentag = (tag) => handler.open(localName(tag.name), tag.attributes as XmlAttributes);
  parser.onclosetag = (name) => handler.close?.(localName(name));
  parser.ontext = (text) => handler.text?.(text);
  parser.oncdata = (text) => handler.text?.(text);
  parser.onerror = (error) => {
    throw error;
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield* drain();
  }
  parser.write(decoder.decode());
  parser.close();
  yield* drain();
}

/** Reads a whole (small) part for its side effects on `handler`. */
export async function readXml(chunks: AsyncIterable<Buffer>, handler: XmlHandler): Promise<void> {
  const nothing = parseXml<never>(chunks, handler);
  // Without a drain the parse yields nothing: running it to its end is the reading.
  while (!(await nothing.next()).done);
}

/** An attribute by its local name, whatever prefix the writer gave it (`r:id`, `ns1:id`). */
export function attribute(attributes: XmlAttributes, local: string): string | undefined {
  for (const name in attributes) if (localName(name) === local) return attributes[name];
  return undefined;
}
