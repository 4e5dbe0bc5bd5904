/**
 * Someone's own words, as plain text: never HTML. A blank line starts a new paragraph; single line
 * breaks stay (CSS `white-space: pre-wrap`).
 */
export function TextBody({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  return (
    <div className={['text-body', className].filter(Boolean).join(' ')}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
