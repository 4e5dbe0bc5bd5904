/** A small coloured dot beside a pseudonym: decoration only, the name carries the meaning. */
export function Avatar({ color }: { color: string }) {
  const safe = /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : undefined;
  // React sets this through the CSSOM, which the strict style-src CSP allows.
  return <span className="avatar" aria-hidden="true" style={safe ? { backgroundColor: safe } : undefined} />;
}
