/** A select's options, in the tuple's order, each value with its label. */
export function optionsOf<V extends string>(values: readonly V[], label: Record<V, string>) {
  return values.map((value) => ({ value, label: label[value] }));
}
