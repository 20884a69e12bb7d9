// Streams one XML part through sax (isaacs), which, unlike saxes (exceljs's parser), never holds a
// text whole: it hands text over in pieces of at most about 64 KB and refuses a longer name,
// attribute or comment. The handlers keep only what they need, so memory stays flat whatever the
// part holds.
import sax from 'sax';

export interface XmlHandler {
  /** An element opens; `name` without its namespace prefix. */
  open: (name: string, attributes: Readonly<Record<string, string>>) => void;
  close: (name: string) => void;
  /** A piece of text (or CDATA); one text node may come in several pieces. */
  text: (piece: string) => void;
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
  parser.onopentag = (tag) => handler.open(localName(tag.name), tag.attributes as Record<string, string>);
  parser.onclosetag = (name) => handler.close(localName(name));
  parser.ontext = (text) => handler.text(text);
  parser.oncdata = (text) => handler.text(text);
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
  for await (const _ of parseXml<never>(chunks, handler));
}

/** An attribute by its local name, whatever prefix the writer gave it (`r:id`, `ns1:id`). */
export function attribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const name in attributes) if (localName(name) === local) return attributes[name];
  return undefined;
}
