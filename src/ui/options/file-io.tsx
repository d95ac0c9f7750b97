/**
 * Files in and out of the options page: a JSON download, and a picker whose button speaks the
 * UI's language (the native input's own button is labelled by the browser, in the browser's
 * language, "Choose File"; the input stays out of the tab order and the accessibility tree, so
 * the picker is one control, not two).
 */
import { useRef } from 'preact/hooks';

export function downloadJson(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Largest file a picker reads, and what to do instead with one larger: judged before reading it. */
export interface SizeLimit {
  bytes: number;
  refused: () => void;
}

export function JsonPicker({ id, label, onText, limit }: { id?: string; label: string; onText: (text: string) => void; limit?: SizeLimit }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        id={id}
        type="file"
        hidden
        accept="application/json,.json"
        onChange={async (e) => {
          const picked = e.target as HTMLInputElement;
          const file = picked.files?.[0];
          if (!file) return;
          // Cleared so that picking the same file again, after editing it, loads it again.
          picked.value = '';
          if (limit && file.size > limit.bytes) return limit.refused();
          onText(await file.text());
        }}
      />
    </>
  );
}
