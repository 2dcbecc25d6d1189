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
