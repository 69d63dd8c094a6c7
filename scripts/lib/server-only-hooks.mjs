// Scripts and tests run the same services as the app outside Next.js, where the
// `server-only` guard would throw; here it resolves to an empty module.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}
