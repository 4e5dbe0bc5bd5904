/**
 * A coloured mark beside a pseudonym: decoration only, the name carries the meaning.
 * `size="large"` shows the first letter on the colour (all avatar colours are dark enough for white).
 */
export function Avatar({
  color,
  name,
  size = 'small',
}: {
  color: string;
  name?: string;
  size?: 'small' | 'large';
}) {
  const safe = /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : undefined;
  // React sets this through the CSSOM, which the strict style-src CSP allows.
  return (
    <span
      className={size === 'large' ? 'avatar avatar--large' : 'avatar'}
      aria-hidden="true"
      style={safe ? { backgroundColor: safe } : undefined}
    >
      {size === 'large' && name ? [...name][0]?.toUpperCase() : null}
    </span>
  );
}
