/**
 * The page's side of page/scan: pieces of its text go to the background, which finds the
 * mentions in them (see background/page-scan.ts), a message of at most MAX_SCAN_CHARS at a time.
 * The entities the answers name are kept in `known`, which the card and the sidebar read.
 */
import { FORM_KINDS, type EntityRef, type EntityType, type FormKind } from '../match/catalogue-types';
import { MAX_SCAN_CHARS, MAX_SCAN_TEXTS, type PageFound } from '../messages/protocol';
import { sendToBackground } from '../messages/runtime';

export interface Found {
  /** Offsets in the text the mention was found in. */
  start: number;
  end: number;
  id: string;
  type: EntityType;
  form: FormKind;
}

/** The mentions in each text, in order. */
export type Finder = (texts: readonly string[]) => Promise<Found[][]>;

/** Consecutive runs of `texts` that each fit in one message. */
function batches(texts: readonly string[]): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (batch.length > 0 && (chars + text.length > MAX_SCAN_CHARS || batch.length === MAX_SCAN_TEXTS)) {
      out.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(text);
    chars += text.length;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

function unpack(reply: PageFound, known: Map<string, EntityRef>): Found[][] {
  for (const e of reply.entities) known.set(e.id, e);
  return reply.found.map((numbers) => {
    const out: Found[] = [];
    for (let i = 0; i + 3 < numbers.length; i += 4) {
      const entity = reply.entities[numbers[i + 2]!];
      const form = FORM_KINDS[numbers[i + 3]!];
      if (entity && form) out.push({ start: numbers[i]!, end: numbers[i + 1]!, id: entity.id, type: entity.type, form });
    }
    return out;
  });
}

/**
 * A finder for one reading of a page of `date` (YYYY-MM-DD): the background resolves its
 * anaphors in the order its texts come. A batch whose message fails (the background restarting)
 * is asked again once; after that its texts count as naming no one, rather than stopping the
 * page's scan.
 */
/**
 * A name for one reading of the page, as the schema wants it (16 hex digits): the background keys
 * its matchers by tab and name, so it need only differ from the tab's other readings. It is no
 * secret (only this tab's content script can send it), so Math.random makes it, at no cost,
 * where crypto's first use costs a page 0.2-0.5 ms (timed in the content script).
 */
function readingName(): string {
  let name = '';
  while (name.length < 16) name += Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0');
  return name;
}

export function pageFinder(date: string, known: Map<string, EntityRef>): Finder {
  const page = readingName();
  const ask = (texts: string[]): Promise<PageFound> => sendToBackground('page/scan', { page, texts, date });
  return async (texts) => {
    const replies = await Promise.all(
      batches(texts).map((batch) =>
        ask(batch)
          .catch(() => ask(batch))
          .catch((): PageFound => ({ entities: [], found: batch.map(() => []) })),
      ),
    );
    return replies.flatMap((reply) => unpack(reply, known));
  };
}
