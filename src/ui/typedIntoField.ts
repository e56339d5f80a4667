/** Whether a key was pressed while typing into a field, where it belongs to the field and not to an app shortcut. */
export function typedIntoField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return Boolean(target?.closest?.('input, textarea, select, [contenteditable]'));
}
