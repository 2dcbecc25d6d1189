/** What the two buttons say, already translated; the "…For" texts name the row for screen readers. */
export interface EditDeleteTexts {
  edit: string;
  editFor: string;
  delete: string;
  deleteFor: string;
}

/** A row's "Sửa" and "Xóa" buttons, each naming what it acts on to assistive technology. */
export function EditDeleteButtons({ texts, onEdit, onDelete }: { texts: EditDeleteTexts; onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <button type="button" className="button button-secondary button-small" aria-label={texts.editFor} onClick={onEdit}>
        {texts.edit}
      </button>{' '}
      <button type="button" className="button button-secondary button-small" aria-label={texts.deleteFor} onClick={onDelete}>
        {texts.delete}
      </button>
    </>
  );
}
