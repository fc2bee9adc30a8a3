// Dictionary strings that reach client components carry {name} slots instead of being functions
// (only plain data crosses from server to client). No imports: client bundles stay free of the dictionaries.

/** A dictionary string with its {name} slots filled; a slot with no value stays as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
