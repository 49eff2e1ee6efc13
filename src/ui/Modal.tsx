/**
 * A button that opens a modal dialog (native <dialog>): focus moves to the element marked
 * `data-autofocus` (else the first control), Escape, the close button and a click on the
 * backdrop close it, and focus returns to the button. Content renders only while open.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ModalProps {
  /** The trigger's text. */
  label: string;
  title: string;
  closeLabel: string;
  /** Runs in the click that opens the dialog (e.g. to read the clock at that moment). */
  onOpen?: () => void;
  /**
   * Loads the dialog's body (a code-split chunk) before it opens: the dialog opens once this
   * resolves, so focus lands in the body, not on a placeholder. Also started early on hover/focus.
   */
  load?: () => Promise<unknown>;
  className?: string;
  children: ReactNode;
}

export function Modal({ label, title, closeLabel, onOpen, load, className = 'max-w-3xl', children }: ModalProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [isOpen, setOpen] = useState(false);
  const opening = useRef(false);
  const preload = () => void load?.().catch(() => undefined);

  const onClosed = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const close = () => {
    const d = dialog.current;
    if (d && typeof d.close === 'function') d.close(); // fires `close` → onClosed
    else {
      d?.removeAttribute('open');
      onClosed();
    }
  };

  useEffect(() => {
    const d = dialog.current;
    if (!isOpen || !d) return;
    if (!d.open) {
      // jsdom and very old browsers lack showModal: an open, non-modal dialog still works there.
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    (d.querySelector<HTMLElement>('[data-autofocus]') ?? d.querySelector<HTMLElement>('button, textarea, input'))?.focus();
  }, [isOpen]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          if (opening.current) return;
          onOpen?.();
          if (!load) return setOpen(true);
          opening.current = true;
          load().then(
            () => setOpen(true),
            () => undefined, // the chunk failed to load: the button stays, a later click retries
          ).finally(() => {
            opening.current = false;
          });
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
        onClose={onClosed}
        onKeyDown={onKeyDown}
        onClick={(e) => e.target === dialog.current && close()} // a click on the backdrop
        className={`m-auto w-[calc(100%-1.5rem)] ${className} rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-0 text-[var(--c-text)] backdrop:bg-black/50`}
      >
        {isOpen && (
          <div className="flex flex-col gap-4 p-4">
            <div className="flex items-start justify-between gap-3">
              <h2 id={headingId} className="text-lg font-semibold">{title}</h2>
              <button type="button" className="btn" onClick={close}>
                {closeLabel}
              </button>
            </div>
            {children}
          </div>
        )}
      </dialog>
    </>
  );
}
