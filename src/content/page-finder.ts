/**
 * The page's side of page/scan: pieces of its text go to the background, which finds the
 * mentions in them (see background/page-scan.ts), a message of at most MAX_SCAN_CHARS at a time.
 * The entities the answers name are kept in `known`, which the card and the sidebar read.
 */
import { FORM_KINDS, type EntityRef, type EntityType, type FormKind } from '../match/catalogue-types';
import { MAX_SCAN_CHARS, MAX_SCAN_TEXTS, type PageFound } from '../messages/protocol';
import { sendToBackground } from '../messages/runtime';
import { uniqueHex } from './random-hex';

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
export function pageFinder(date: string, known: Map<string, EntityRef>): Finder {
  // The background keys its matchers by tab and this name, so it need only differ from the tab's
  // other readings: no secret, since only this tab's content script can send it.
  const page = uniqueHex(8);
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
