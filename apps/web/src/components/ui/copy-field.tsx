import { useId, useRef, useState } from 'react';
import { Button } from './button';

export interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  copiedMessage: string;
  failedMessage: string;
}

/** A read-only value with a copy button; the result is announced politely. */
export function CopyField({ label, value, copyLabel, copiedMessage, failedMessage }: CopyFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      inputRef.current?.select();
      setStatus('failed');
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copy-field__row">
        <input
          ref={inputRef}
          id={id}
          className="input copy-field__input"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {copyLabel}
        </Button>
      </div>
      <p role="status" className="copy-field__status">
        {status === 'copied' ? copiedMessage : status === 'failed' ? failedMessage : ''}
      </p>
    </div>
  );
}
