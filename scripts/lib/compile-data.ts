/**
 * Compiles the bundled corpus (seeds/) into the data files the extension ships.
 * Filled in as the corpus index lands; a malformed seed or catalogue throws with file and line.
 */
export interface CompiledData {
  files: Record<string, string>;
  report: string[];
}

export function compileData(_root: string): CompiledData {
  return { files: {}, report: [] };
}
