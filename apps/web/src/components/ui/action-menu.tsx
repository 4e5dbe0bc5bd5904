import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface MenuAction {
  key: string;
  label: string;
  onSelect: () => void;
}

/**
 * A button that shows a short list of actions (a disclosure, not an ARIA menu: plain buttons work
 * with Tab and Enter everywhere). Escape closes it and returns focus to the button; choosing an
 * action closes it too.
 */
export function ActionMenu({
  label,
  icon,
  actions,
}: {
  label: string;
  icon: ReactNode;
  actions: MenuAction[];
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    wrapRef.current?.querySelector<HTMLButtonElement>('.action-menu__item')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (actions.length === 0) return null;

  return (
    <div
      className="action-menu"
      ref={wrapRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !wrapRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {icon}
      </button>
      <ul id={listId} className="action-menu__list" hidden={!open}>
        {actions.map((action) => (
          <li key={action.key}>
            <button
              type="button"
              className="action-menu__item"
              onClick={() => {
                setOpen(false);
                buttonRef.current?.focus();
                action.onSelect();
              }}
            >
              {action.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
