/** A call's error as the outcome the page shows, for errors the engine throws on input it cannot use. */
export function failure(error: unknown): { ok: false; message: string } {
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}
