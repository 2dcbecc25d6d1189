import type { ReactNode } from 'react';
import { useDiscardGuard } from '../../../ui/useDiscardGuard';
import { Dialog } from '../../children/Dialog';

interface FormDialogProps {
  title: string;
  wide?: boolean;
  /** Whether anything was typed: then Cancel, Escape and closing ask before discarding it. */
  dirty: boolean;
  onClose: () => void;
  /** The dialog's content; its Cancel button calls `requestClose`. */
  children: (requestClose: () => void) => ReactNode;
}

/** A dialog holding a form: closing it (Cancel, Escape) asks first when something was typed. */
export function FormDialog({ title, wide, dirty, onClose, children }: FormDialogProps) {
  const { requestClose, prompt } = useDiscardGuard(dirty, onClose);
  return (
    <>
      <Dialog title={title} wide={wide} onClose={requestClose}>
        {children(requestClose)}
      </Dialog>
      {prompt}
    </>
  );
}

interface DialogButtonsProps {
  cancelLabel: string;
  onCancel: () => void;
  submitLabel: string;
  /** While the write is on its way the submit button says so (the form ignores a second submit). */
  busy: boolean;
}

/** A form dialog's Cancel and submit buttons. */
export function DialogButtons({ cancelLabel, onCancel, submitLabel, busy }: DialogButtonsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {submitLabel}
      </button>
    </div>
  );
}
