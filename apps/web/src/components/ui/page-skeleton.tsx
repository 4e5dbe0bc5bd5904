/**
 * A quiet outline of a page while the session is asked: the same as the shell in index.html (whose
 * inlined CSS styles it), so the first screen does not change when the app takes over from the shell.
 * Hidden from screen readers: it says nothing.
 */
export function PageSkeleton() {
  return (
    <div className="page-skeleton" aria-hidden="true">
      <div className="page-skeleton__bar page-skeleton__bar--heading" />
      <div className="page-skeleton__bar" />
      <div className="page-skeleton__bar" />
      <div className="page-skeleton__bar page-skeleton__bar--short" />
    </div>
  );
}
