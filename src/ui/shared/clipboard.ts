/**
 * Copies text from a click. The Clipboard API is refused on insecure pages, in frames the page
 * did not allow to write, and where the document has lost focus; there a selected textarea and
 * execCommand('copy') still work from the same click.
 */
export async function copyText(text: string, near: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall back below.
  }
  const doc = near.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  // Off screen rather than hidden: a hidden textarea cannot be selected.
  area.style.position = 'fixed';
  area.style.insetInlineStart = '-9999px';
  // Beside the button, inside Siyaq's own tree, so the page's DOM is never touched.
  near.after(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    near.focus();
  }
}
