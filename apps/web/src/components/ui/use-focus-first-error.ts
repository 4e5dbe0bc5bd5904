import { type RefObject, useEffect } from 'react';

/** After a failed submit, puts focus on the first field that needs attention. */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, errors: object): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, errors]);
}
