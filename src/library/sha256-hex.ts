/** The first `bytes` bytes of the SHA-256 of `text` (as UTF-8), in hex. */
export async function sha256Hex(text: string, bytes: number): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest.subarray(0, bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
