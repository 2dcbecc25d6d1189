import type { OfficeProfile } from '../../../shared/schemas/office';
import { useDocumentT } from './useDocumentT';

export interface SignatureBlock {
  /** In capitals: "NGƯỜI LẬP BIỂU", "KẾ TOÁN", "TRƯỞNG PHÒNG". */
  title: string;
  /** Printed under the space for the signature; blank to be written by hand. */
  name: string;
}

/** Signature blocks side by side, each with its title, "(Ký, ghi rõ họ tên)", room to sign and the name. */
export function SignatureBlocks({ blocks }: { blocks: readonly SignatureBlock[] }) {
  const t = useDocumentT();
  return (
    <section className="signatures">
      {blocks.map((block) => (
        <div className="signature" key={block.title}>
          <p className="signature__title">{block.title.toLocaleUpperCase('vi')}</p>
          <p className="signature__hint">{t('print.signature.hint')}</p>
          <div className="signature__space" />
          <p className="signature__name">{block.name}</p>
        </div>
      ))}
    </section>
  );
}

/**
 * The usual signers of an office's document: the preparer, the accountant where money is
 * involved (the name is left blank: the office profile does not record one), and the head.
 */
export function useOfficeSignatures(office: OfficeProfile, options: { accountant?: boolean } = {}): SignatureBlock[] {
  const t = useDocumentT();
  return [
    { title: t('print.signature.preparer'), name: office.preparerName },
    ...(options.accountant ? [{ title: t('print.signature.accountant'), name: '' }] : []),
    { title: office.headTitle, name: office.headName },
  ];
}
